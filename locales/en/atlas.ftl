# Harassment Law Atlas — interface messages, English (the reference catalogue).
# Every key here exists in ru/atlas.ftl and kk/atlas.ftl too; a test compares the three key sets.
# Data values are `value-<kind>-<value>`; search parameters `param-<name>`.


## Messages

site-name = Harassment Law Atlas
site-description = An open atlas comparing the world's sexual-harassment laws: definitions, penalty ladders, repeat escalation, prosecution and employer duties, with a source for every fact.
site-og-description = The world's sexual-harassment laws compared as data: penalties, escalation, prosecution and employer duties, with a source for every fact.
nav-skip = Skip to content
nav-main = Main
nav-language = Language
nav-search = Search
nav-jurisdictions = Jurisdictions
nav-compare = Compare
nav-topics = Topics
nav-draft = Analyse a draft
nav-api = API & downloads
nav-about = About
footer-data = Data:
footer-contributors = Harassment Law Atlas contributors.
footer-honesty = Every fact cites its source; what is not known is shown as unknown. Not legal advice.
footer-report = Report a mistake
unknown = unknown
home-title = Compare the world's sexual-harassment laws
home-intro = How each jurisdiction defines sexual harassment, what penalties it sets, whether they escalate for repeat offenders, whether cases are prosecuted ex officio or only on the victim's complaint, which settings are covered, and what employers must do. Every fact is structured, cited to its source and article, and dated. Built for legislators drafting bills, researchers comparing jurisdictions and activists citing foreign practice.
home-search-placeholder = e.g. repeat catcalling arrest, домогательство на работе
home-map-title = Strongest liability for sexual harassment
home-no-map = The map geometry (data/map/world-110m.json) is not available in this data folder.
home-legend = Legend
home-legend-nodata = not yet in the atlas
home-map-note = Colour: the strongest liability an in-force provision on sexual harassment proper attaches (offences limited to children are not counted). Grey: sources say there is no such offence. Light: not known from the data. Related offences (stalking, hooliganism, coercion) are not counted here; see each profile.
home-latest = Recently reviewed
home-reviewed = reviewed { $date }
home-all = All jurisdictions
home-full-list = The full list
home-topics = Topics across all jurisdictions
home-for-excel = for Excel
list-title = Jurisdictions
list-jurisdiction = Jurisdiction
list-region = Region
list-last-reviewed = Last reviewed
search-label = Search the atlas
search-button = Search
search-form = Search laws
search-words = Words to search for
search-placeholder = words, "phrases", +must, -not
search-filters = Filters
search-penalties-dates = Penalties and dates
search-min-prison = Prison at least
search-min-arrest = Arrest at least
search-min-fine = Fine at least
search-year-from = In force from
search-days = days
search-sort = Sort by
search-apply = Apply filters
search-ignored = Ignored part of the query: { $part }
search-understood = How the query was read
search-compare-ticked = Compare ticked jurisdictions
search-two-to-six = 2 to 6
search-compare-one = compare
search-escalates = escalates on repeat
search-pages = Pages
search-previous = Previous
search-next = Next
search-page-of = Page { $page } of { $pages }
search-prison-up-to = prison up to { $term }
search-arrest-up-to = arrest up to { $term }
search-fine-up-to = fine up to { $amount } USD
topics-intro = One dimension across every jurisdiction in the atlas.
topic-escalation = Repeat-offence escalation
topic-escalation-about = whether penalties rise for a second or later offence, or move to another kind of liability
topic-prosecution = Prosecution and reconciliation
topic-prosecution-about = ex officio or on the victim's complaint, and whether the parties can settle
topic-street = Street harassment
topic-street-about = provisions covering public spaces, transport and catcalling
topic-online = Online harassment
topic-online-about = provisions covering online conduct and image-based abuse
topic-workplace = Workplace and employer duties
topic-workplace-about = workplace coverage and what employers must do
topic-penalties = Penalties
topic-penalties-about = maximum imprisonment, arrest and fines for sexual harassment, with charts
compare-title = Compare jurisdictions
compare-with-title = Compare { $name } with…
compare-heading = { $names } compared
compare-og-description = Sexual-harassment laws side by side: penalties for a first and a repeat offence, escalation, prosecution, reconciliation, settings and employer duties, each linked to its article.
compare-choose-more = Choose one to five more jurisdictions to compare with { $name }, below, or type their names.
compare-neighbours = Neighbours:
compare-bar-note = A bar marks rows where the jurisdictions differ in kind (criminal or administrative, public or complaint prosecution, a fine or years of prison), not merely in figures. Figures are for in-force provisions on sexual harassment proper; related offences have their own row.
list-and = { $init } and { $last }
compare-dimension = Dimension
compare-differs = differs
compare-as-json = This comparison as JSON
compare-change = Change the comparison
compare-choose = Choose jurisdictions
compare-names-label = Names or codes, comma-separated (2 to 6 in all)
compare-names-placeholder = Kazakhstan, Uzbekistan, PH
compare-by-region = Or tick them by region:
error-home = Home
error-all = All jurisdictions
error-no-page = There is no page at this address.
error-bad-request = Bad request
error-not-found = Not found
error-too-large = Too large
error-busy = Busy
error-something-went-wrong = Something went wrong
draft-title = Analyse a draft law
draft-intro = Paste or upload a draft written in the same format as the atlas's data files (one instrument with status proposed, its provisions and penalty ladders). The report compares it with the laws in the atlas and with international standards. Nothing is stored on the server.
draft-examples = Start from an example:
draft-text-label = Draft (TOML, at most { $kb } KB)
draft-upload = …or upload a file
draft-against = Compare with
draft-against-in-force = laws in force
draft-against-all = laws in force and other proposals
draft-all-regions = all regions
draft-analyse = Analyse
report-title = Draft analysis: { $name }
report-compared-with = Compared with
report-in-force = in force
report-in-force-and-proposed = in force and proposed
report-another = Analyse another draft
report-coverage = Coverage
report-coverage-note = For each dimension: what the draft does, and the share of compared laws (with data on that dimension) that do the same.
report-value = Value
report-draft = Draft
report-laws-that-do = Laws that do it
report-for-example = For example
report-not-stated = not stated
report-n-of = { $count } of { $known }
report-gaps = Gaps
report-no-gaps = None: the draft does everything that at least half of the compared laws do.
report-share = { $share }% of compared laws
report-nearest = Nearest laws
report-similarity = similarity { $value }
report-agree = Agree:
report-standards = International standards
report-requirement = Requirement
report-outcome = Outcome
report-met = Met
report-missing = Missing
report-not-verified = article not verified
profile-title = { $name }: sexual-harassment law
profile-languages = official languages: { $list }
profile-last-reviewed = Last reviewed
profile-current-to = law current to { $date }
profile-compare-with = Compare with…
profile-at-a-glance = At a glance
profile-glance-caption = { $name } at a glance
profile-on-this-page = On this page
profile-overview = Overview
profile-laws = Laws and provisions
profile-statistics = Statistics
profile-sources = Sources
profile-cite-this = Cite this
profile-how-researched = How this was researched
profile-no-offence = No offence of sexual harassment.
profile-commitments = International commitments
profile-instrument = Instrument
profile-official-text = official text
profile-proposal = Proposal:
profile-permalink-to = Permalink to { $article }
profile-settings = Settings
profile-protected = Protected
profile-definition = Definition rests on
profile-penalties = Penalties
profile-no-ladder = No penalty ladder recorded.
profile-ladder-caption = Penalty ladder, { $article }
profile-notes-on = Notes on { $article }
profile-cite-article = Cite { $article }
profile-report-in = Report a mistake in { $article }
profile-not-recorded = Not recorded.
profile-none-recorded = None recorded.
profile-evidence = Evidence and procedure
profile-remedies = Remedies
profile-accessed = accessed { $date }
profile-c190 = ILO Violence and Harassment Convention (C190)
profile-cedaw = CEDAW
profile-reconciliation = reconciliation { $rule }
profile-withdrawal = withdrawal of the complaint { $rule }
profile-limitation = limitation { $term }
profile-escalation = A repeat { $target }.
profile-escalation-within = A repeat within { $term }: { $target }.
profile-proposal-by = { $kind } by { $proposer }
profile-stage = stage: { $stage }
profile-description = Sexual harassment in { $name }: { $liability }.
profile-description-sources = Sources for every fact.
employer-required = required
employer-not-required = not required
employer-prevention-policy = Prevention policy
employer-training = Training
employer-complaint-procedure = Complaint procedure
employer-investigation-deadline = Investigation deadline
employer-liability = Employer's liability
employer-sanctions = Sanctions on employers
ladder-tier = Tier
ladder-offence = Offence
ladder-sanctions = Sanctions as written
ladder-prison-days = Prison (days)
ladder-arrest-days = Arrest (days)
ladder-fine-local = Fine (local)
ladder-fine-usd = Fine (USD)
cite-copy = Copy
cite-copied = Copied
cite-selected = Selected: press Ctrl+C
cite-the-law = The law:
cite-with-atlas = With the atlas as the source of the structured data
cite-permalink = Permalink:
cite-plain = Plain text
cite-one-law = Citing one law? Each provision above has its own “Cite” with the statute's citation first.
about-title = About and methodology
about-intro = The Harassment Law Atlas compares the world's sexual-harassment laws as data. The World Bank's Women, Business and the Law records yes/no indicators; the UN Women database records government self-reports; Constitute compares constitutions. The atlas records what they do not: penalty ladders, escalation for repeat offenders, prosecution type and reconciliation, settings and conduct covered, and employer duties — each with its source.
about-covered = What is covered
about-sourcing = How facts are sourced and reviewed
about-sourcing-1 = Every instrument, provision, statistic and ratification cites at least one source with its URL and the date it was read. Official texts (gazettes, legislation portals, parliaments, ministries) are preferred, then courts, intergovernmental bodies, academic work and legal commentary; news is used for proposals and as a second source.
about-sourcing-2 = Penalty figures are cross-checked in two sources where possible; conflicts are recorded in the provision's notes.
about-sourcing-3 = What is not known is left empty and shown as unknown, never guessed.
about-sourcing-4 = Summaries are the contributors' own words; quotations are short extracts of official statute text.
about-sourcing-5 = Each jurisdiction shows the date it was last reviewed; the data coverage report lists gaps.
about-normalised = Normalised figures
about-normalised-text = Terms are converted to days (a week is 7 days, a month 30, a year 365). Fines in legal units (such as Kazakhstan's monthly calculation index) are multiplied by the unit's value for the year, then converted to US dollars at that year's average exchange rate (reference year { $year }, or the latest earlier year with both figures, which is shown). Day-fines and income-based fines are not converted. Where a conversion is impossible the atlas says so.
about-translations = Languages
about-translations-text = The interface is available in English, Russian and Kazakh. The data itself (titles, summaries, notes) is written in English, with original-language titles and excerpts where recorded. The Russian and Kazakh interface texts were written by the project and have not yet been reviewed by an independent native reader; corrections are welcome.
about-licence = Licence
about-licence-text = Data: Creative Commons Attribution 4.0 (CC BY 4.0). Code: MIT or Apache-2.0. Map geometry: Natural Earth (public domain) via world-atlas (ISC).
about-mistakes-text = Each profile lists its sources. If a fact is wrong or out of date, open an issue or a pull request in the project's repository naming the jurisdiction, the provision's permalink and a source for the correction; the contributor guide (data/README.md) explains how files are reviewed.
about-not-advice = This atlas is a research tool, not legal advice.
api-title = API and downloads
api-intro = All endpoints are read-only, answer JSON (or CSV), and need no key. Bad parameters get HTTP 400 with
api-openapi = The machine-readable description is at
api-downloads = Downloads
api-csv = one row per penalty tier of every provision (the same as harassment-atlas export --format csv);
api-csv-bom = starts with a byte-order mark so that Excel reads non-Latin scripts (--bom on the command line).
api-json = the whole atlas with normalised figures (export --format json).
api-endpoints = Endpoints
api-endpoint = Endpoint
api-returns = Returns
api-jurisdictions = Every jurisdiction: code, name, region, last review, strongest liability.
api-jurisdiction = One jurisdiction in full, with normalised penalty figures.
api-compare = 2 to 6 jurisdictions, one row per dimension, each value linked to its article.
api-search = Results grouped by jurisdiction with highlighted snippets and facet counts.
api-draft = Send a draft (TOML, the data-file format, at most 256 KB) as the body; get the analysis report. Validation errors come back as 400 with diagnostics (file, line, column, key, message, hint).
api-search-parameters = Search parameters
api-parameters-intro = The same parameters are the search command's options; the OpenAPI document is generated from the same type:
api-parameter = Parameter
api-values = Values
api-meaning = Meaning
api-one-or-more = one or more (comma-separate or repeat)
api-one = one
api-example = Example:
facet-liability = Liability
facet-prosecution = Prosecution
facet-offence-kind = Offence
facet-setting = Setting
facet-conduct = Conduct
facet-status = Status
facet-region = Region
facet-instrument-kind = Instrument
facet-repeat-escalation = Escalates on repeat
sort-relevance = relevance
sort-prison = longest imprisonment
sort-arrest = longest arrest
sort-fine = highest fine
sort-date = most recent
glance-liability = Sexual harassment is
glance-penalty-first = First offence
glance-penalty-repeat = Repeat offence
glance-penalty-aggravated = Aggravated offence
glance-escalation = Escalation
glance-prosecution = Prosecution
glance-reconciliation = Reconciliation
glance-settings = Settings covered
glance-employer-duties = Employer duties
glance-c190 = ILO Convention 190
glance-proposals = Bills and proposals
cell-none-recorded = none recorded
cell-none-or-not-convertible = none recorded or not convertible
cell-size-unknown = size not recorded or not convertible
cell-usd = { $amount } USD
cell-repeat = repeat
cell-within = within { $term }
cell-employer-none-confirmed = recorded; none of policy, training, complaints confirmed
compare-row-liability = Strongest liability for sexual harassment
compare-row-harassment = Sexual-harassment provisions in force
compare-row-penalty-first = Penalty, first offence (heaviest)
compare-row-penalty-repeat = Penalty, repeat offence (heaviest)
compare-row-penalty-aggravated = Penalty, aggravated offence (heaviest)
compare-row-max-fine = Highest fine (USD)
compare-row-escalation = Escalation on repetition
compare-row-prosecution = Prosecution
compare-row-reconciliation = Reconciliation
compare-row-definition = Definition rests on
compare-row-conduct = Conduct covered
compare-row-settings = Settings covered
compare-row-related = Related offences used (not harassment proper)
compare-row-employer-duties = Employer duties
compare-row-c190 = ILO Convention 190
compare-row-cedaw = CEDAW
compare-row-statistics = Statistics
compare-row-proposals = Proposals and bills

## Plural forms

count-jurisdictions = { $n ->
    [one] jurisdiction
   *[other] jurisdictions
}
count-instruments = { $n ->
    [one] law or bill
   *[other] laws and bills
}
count-provisions = { $n ->
    [one] provision
   *[other] provisions
}
count-sources = { $n ->
    [one] source
   *[other] sources
}
unit-years = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
unit-months = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
unit-weeks = { $n ->
    [one] { $n } week
   *[other] { $n } weeks
}
unit-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
unit-hours = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
unit-years-upto = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
unit-years-upto-last = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
unit-months-upto = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
unit-months-upto-last = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
unit-days-upto = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
unit-days-upto-last = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
unit-years-within = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
unit-years-within-last = { $n ->
    [one] { $n } year
   *[other] { $n } years
}
unit-months-within = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
unit-months-within-last = { $n ->
    [one] { $n } month
   *[other] { $n } months
}
unit-days-within = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
unit-days-within-last = { $n ->
    [one] { $n } day
   *[other] { $n } days
}
unit-weeks-within-last = { $n ->
    [one] { $n } week
   *[other] { $n } weeks
}
unit-hours-within-last = { $n ->
    [one] { $n } hour
   *[other] { $n } hours
}
search-filters-set = { $n ->
    [one] { $n } set
   *[other] { $n } set
}
search-hits = { $n ->
    [one] { $n } matching document
   *[other] { $n } matching documents
}
search-more = { $n ->
    [one] and { $n } more in
   *[other] and { $n } more in
}
draft-problems = { $n ->
    [one] The draft has { $n } problem; no report was made.
   *[other] The draft has { $n } problems; no report was made.
}
report-laws = { $n ->
    [one] law on sexual harassment
   *[other] laws on sexual harassment
}
report-warnings = { $n ->
    [one] { $n } warning from checking the draft
   *[other] { $n } warnings from checking the draft
}
report-agree-on = { $n ->
    [one] agree on { $n } fact
   *[other] agree on { $n } facts
}
report-differ-on = { $n ->
    [one] differ on { $n }
   *[other] differ on { $n }
}
about-covered-text = { $n ->
    [one] { $n } jurisdiction: criminal codes, administrative-offence codes, labour codes, equality laws, special laws and regulations in force, and, separately, bills and proposals with their stage and proposer. Sexual harassment proper is kept apart from the related offences used in its place (stalking, hooliganism, coercion to sexual acts, sexist insult, indecent assault, image-based abuse), so comparisons never mix them silently. Federal jurisdictions (United States, Canada, Australia, Mexico…) are recorded at the national level; their states differ.
   *[other] { $n } jurisdictions: criminal codes, administrative-offence codes, labour codes, equality laws, special laws and regulations in force, and, separately, bills and proposals with their stage and proposer. Sexual harassment proper is kept apart from the related offences used in its place (stalking, hooliganism, coercion to sexual acts, sexist insult, indecent assault, image-based abuse), so comparisons never mix them silently. Federal jurisdictions (United States, Canada, Australia, Mexico…) are recorded at the national level; their states differ.
}

## Data values

value-liability-criminal = criminal
value-liability-administrative = administrative
value-liability-civil = civil
value-liability-labour = labour
value-harassment-liability-criminal = criminal offence
value-harassment-liability-administrative = administrative offence
value-harassment-liability-civil-labour-only = civil or labour law only
value-harassment-liability-none = no offence
value-harassment-liability-unknown = unknown
value-prosecution-public = ex officio (public)
value-prosecution-complaint = only on the victim's complaint
value-prosecution-private = private prosecution
value-prosecution-not-stated = the law does not say
value-settlement-ends-case = ends the case
value-settlement-may-end-case = may end the case
value-settlement-does-not-end-case = does not end the case
value-settlement-not-stated = not stated in the law
value-offence-kind-sexual-harassment = sexual harassment
value-offence-kind-stalking = stalking
value-offence-kind-hooliganism = hooliganism
value-offence-kind-sexual-coercion = sexual coercion
value-offence-kind-sexist-insult = sexist insult
value-offence-kind-indecent-exposure = indecent exposure
value-offence-kind-image-based-abuse = image-based abuse
value-offence-kind-indecent-assault = indecent assault
value-offence-kind-other-related = other related offence
value-setting-workplace = workplace
value-setting-education = education
value-setting-public-space = public space
value-setting-public-transport = public transport
value-setting-online = online
value-setting-healthcare = healthcare
value-setting-civil-service = civil service
value-setting-services-housing = services and housing
value-setting-anywhere = anywhere
value-conduct-verbal = verbal
value-conduct-non-verbal = non-verbal
value-conduct-physical = physical
value-conduct-quid-pro-quo = quid pro quo
value-conduct-hostile-environment = hostile environment
value-conduct-stalking = stalking
value-conduct-street = street
value-conduct-online = online
value-conduct-image-based = image-based
value-conduct-exhibitionism = exhibitionism
value-status-in-force = in force
value-status-adopted = adopted
value-status-pending = pending
value-status-proposed = proposed
value-status-rejected = rejected
value-status-repealed = repealed
value-region-africa = Africa
value-region-americas = Americas
value-region-asia = Asia
value-region-europe = Europe
value-region-oceania = Oceania
value-sub-region-australia-and-new-zealand = Australia and New Zealand
value-sub-region-central-asia = Central Asia
value-sub-region-eastern-africa = Eastern Africa
value-sub-region-eastern-asia = Eastern Asia
value-sub-region-eastern-europe = Eastern Europe
value-sub-region-latin-america-and-the-caribbean = Latin America and the Caribbean
value-sub-region-northern-africa = Northern Africa
value-sub-region-northern-america = Northern America
value-sub-region-northern-europe = Northern Europe
value-sub-region-south-eastern-asia = South-eastern Asia
value-sub-region-southern-africa = Southern Africa
value-sub-region-southern-asia = Southern Asia
value-sub-region-southern-europe = Southern Europe
value-sub-region-western-africa = Western Africa
value-sub-region-western-asia = Western Asia
value-sub-region-western-europe = Western Europe
value-sub-region-middle-africa = Middle Africa
value-sub-region-melanesia = Melanesia
value-sub-region-micronesia = Micronesia
value-sub-region-polynesia = Polynesia
value-instrument-kind-criminal-code = criminal code
value-instrument-kind-administrative-code = administrative offences code
value-instrument-kind-labour-code = labour code
value-instrument-kind-equality-law = equality law
value-instrument-kind-special-law = special law
value-instrument-kind-civil-code = civil code
value-instrument-kind-regulation = regulation
value-instrument-kind-bill = bill
value-repeat-escalation-true = yes
value-repeat-escalation-false = no
value-circumstance-minor-victim = victim is a minor
value-circumstance-abuse-of-authority = abuse of authority
value-circumstance-public-official = by a public official
value-circumstance-group = by a group
value-circumstance-vulnerable-victim = vulnerable victim
value-circumstance-public-transport = on public transport
value-circumstance-online = online
value-circumstance-other = other
value-combine-alternative = alternative
value-combine-cumulative = cumulative
value-combine-either-or-both = either or both
value-tradition-civil-law = civil law
value-tradition-common-law = common law
value-tradition-islamic = Islamic law
value-tradition-mixed = mixed
value-source-kind-official = official
value-source-kind-court = court
value-source-kind-international = international
value-source-kind-academic = academic
value-source-kind-commentary = commentary
value-source-kind-ngo = NGO
value-source-kind-news = news
value-protected-anyone = anyone
value-protected-employees = employees
value-protected-job-applicants = job applicants
value-protected-students = students
value-protected-trainees = trainees
value-protected-dependants = dependants
value-protected-minors = minors
value-protected-women = women
value-protected-clients = clients
value-employer-liability-strict = strict
value-employer-liability-vicarious-with-defence = vicarious, with a defence
value-employer-liability-negligence = negligence
value-employer-liability-own-duties = for its own duties
value-employer-liability-none = none
value-remedy-damages = damages
value-remedy-reinstatement = reinstatement
value-remedy-protection-order = protection order
value-remedy-compensation = compensation
value-remedy-other = other
value-proposal-kind-bill = bill
value-proposal-kind-government-draft = government draft
value-proposal-kind-draft = draft
value-proposal-kind-statement = statement
value-proposal-kind-academic = academic proposal
value-proposal-kind-petition = petition
value-definition-basis-consent = lack of consent (unwelcome, unwanted)
value-definition-basis-effect = effect (dignity, hostile environment)
value-definition-basis-both = both lack of consent and effect
value-definition-basis-neither = neither (coercion or the act itself)
value-ratification-ratified = ratified
value-ratification-signed = signed
value-ratification-not-ratified = not ratified
value-employer-duty-prevention-policy = prevention policy
value-employer-duty-training = training
value-employer-duty-complaint-procedure = complaint procedure
value-measure-prevalence = prevalence
value-measure-reported-cases = reported cases
value-measure-prosecutions = prosecutions
value-measure-convictions = convictions

## Search parameters (API page)

param-q = Free text: words, "phrases", +must, -not, title:word. Empty: everything.
param-liability = Liability: criminal, administrative, civil, labour.
param-prosecution = Who prosecutes: public, complaint, private, not_stated.
param-setting = Settings covered: workplace, education, public_space, public_transport, online, …
param-conduct = Conduct covered: verbal, physical, quid_pro_quo, street, online, …
param-region = UN M49 regions: Africa, Americas, Asia, Europe, Oceania.
param-status = Instrument status: in_force, adopted, pending, proposed, rejected, repealed.
param-offence-kind = Offence kind: sexual_harassment, stalking, hooliganism, …
param-instrument-kind = Instrument kind: criminal_code, administrative_code, labour_code, …
param-jurisdiction = Jurisdiction codes (ISO 3166), e.g. KZ,RU.
param-repeat-escalation = true: only penalty ladders that rise on a repeat offence; false: only those that do not.
param-min-prison-days = Maximum imprisonment at least this many days.
param-max-prison-days = Maximum imprisonment at most this many days.
param-min-arrest-days = Maximum arrest at least this many days.
param-max-arrest-days = Maximum arrest at most this many days.
param-min-fine-usd = Maximum fine at least this many US dollars.
param-max-fine-usd = Maximum fine at most this many US dollars.
param-year-from = In force from this year or later.
param-year-to = In force up to this year.
param-sort = Order: relevance, prison, arrest, fine, date.
param-page = Page of jurisdictions, from 1 (10 per page).
