-- wrk script: cycles through the request paths in the file named by $PATHS.
local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  if line ~= "" then paths[#paths + 1] = line end
end
local i = math.random(#paths)
request = function()
  i = (i % #paths) + 1
  return wrk.format("GET", paths[i])
end
