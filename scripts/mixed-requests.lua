-- wrk script: cycles through the request bodies in the file named by the REQUESTS environment variable (one JSON body
-- per line), posting each to the calculation API.
local bodies = {}
for line in io.lines(os.getenv("REQUESTS")) do
  if #line > 0 then bodies[#bodies + 1] = line end
end
local i = 0
request = function()
  i = i % #bodies + 1
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, bodies[i])
end
