-- wrk script for bench/security.sh: a mix of good and hostile requests, each
-- thread counting answers by status class. Hostile: unbalanced and deep
-- parentheses, 4 KB of ORs, bad percent-encoding, unknown parameters, long
-- URIs, drafts over the size limit, wrong methods. Every request is unique
-- (a counter in the query) so the response cache cannot answer it.
local n = 0
local ors = string.rep("a+OR+", 800)
local big = string.rep("x", 300 * 1024)
-- Good requests, made unique: a query on pages that take none (not cached),
-- an extra search word on searches.
local good = {
  function(c) return "/?u=" .. c end,
  function(c) return "/jurisdictions?u=" .. c end,
  function(c) return "/jurisdictions/kz?u=" .. c end,
  function(c) return "/about?u=" .. c end,
  function(c) return "/search?q=harassment+workplace+w" .. c end,
  function(c) return "/api/search?q=stalking+w" .. c end,
  function(c) return "/api/search?q=%22sexual+harassment%22+OR+street+w" .. c end,
  function(c) return "/api/jurisdictions/fr?u=" .. c end,
}
local bad = {
  function(c) return wrk.format("GET", "/api/search?q=" .. string.rep("%28", 23) .. "&n=" .. c) end,
  function(c) return wrk.format("GET", "/search?q=" .. string.rep("%28", 22) .. "a" .. string.rep("%29", 22) .. "&n=" .. c) end,
  function(c) return wrk.format("GET", "/api/search?q=" .. ors:sub(1, 4000) .. "&n=" .. c) end,
  function(c) return wrk.format("GET", "/jurisdictions/%FF?n=" .. c) end,
  function(c) return wrk.format("GET", "/api/search?colour=red&n=" .. c) end,
  function(c) return wrk.format("GET", "/search?q=" .. string.rep("a", 6000)) end,
  function(c) return wrk.format("POST", "/api/draft?n=" .. c, {["Content-Type"] = "text/plain"}, big) end,
  function(c) return wrk.format("DELETE", "/api/search?n=" .. c) end,
}
-- BAD_ONLY=1: hostile requests only (the acceptance case: 4 connections).
local bad_only = os.getenv("BAD_ONLY") == "1"
request = function()
  n = n + 1
  local c = tostring(n) .. "z" .. tostring(math.random(1e9))
  if n % 2 == 0 and not bad_only then
    local p = good[(n / 2) % #good + 1](c)
    return wrk.format("GET", p, {["Accept"] = "text/html", ["Accept-Encoding"] = "gzip"})
  end
  return bad[math.floor(n / 2) % #bad + 1](c)
end

counts = {}
response = function(status, headers, body)
  local k = tostring(status)
  counts[k] = (counts[k] or 0) + 1
end

local threads = {}
setup = function(thread) table.insert(threads, thread) end
done = function(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    local c = t:get("counts")
    for k, v in pairs(c) do total[k] = (total[k] or 0) + v end
  end
  local keys = {}
  for k in pairs(total) do table.insert(keys, k) end
  table.sort(keys)
  io.write("statuses:")
  for _, k in ipairs(keys) do io.write(" ", k, "=", total[k]) end
  io.write("\n")
  io.write(string.format("socket errors: connect %d read %d write %d timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout))
end
