-- wrk script for bench/memory.py: a mix of what a day of traffic sends, one kind after another.
--
-- Environment (set by memory.py):
--   BENCH_SLUGS   space-separated skill slugs (pages, and progress POSTs by the logged-in user)
--   BENCH_COOKIE  the logged-in user's Cookie header (dashboard and POSTs only; the rest is anonymous)
--   BENCH_CSRF    their CSRF token, sent as X-CSRFToken with the POSTs
--   BENCH_RUN     this run's number: junk addresses carry it, so no two runs send the same junk
-- Output: one line "BENCH_JSON {...}" with the request count and the answers by class.

local slugs = {}
for slug in string.gmatch(os.getenv("BENCH_SLUGS") or "", "%S+") do
  table.insert(slugs, slug)
end
local cookie = os.getenv("BENCH_COOKIE") or ""
local csrf = os.getenv("BENCH_CSRF") or ""
local run = tonumber(os.getenv("BENCH_RUN") or "0")

local words = { "kubernetes", "terraform", "mlflow", "docker", "python", "monitoring", "k8s", "certification" }
local threads = {}

function setup(thread)
  thread:set("thread_id", #threads)
  table.insert(threads, thread)
end

function init(args)
  counter = 0
  statuses = {}
end

local function junk()
  -- Unique across threads and runs: nothing a cache may keep.
  return string.format("%d-%d-%d", run, thread_id or 0, counter)
end

function request()
  counter = counter + 1
  local kind = counter % 12
  local slug = slugs[(counter % #slugs) + 1]
  local logged_in = { Cookie = cookie, ["Accept-Encoding"] = "gzip" }
  local anonymous = { ["Accept-Encoding"] = "gzip" }
  if kind == 0 then
    return wrk.format("GET", "/", anonymous)
  elseif kind == 1 then
    return wrk.format("GET", "/skills/" .. slug .. "/", anonymous)
  elseif kind == 2 then
    return wrk.format("GET", "/?utm_source=" .. junk(), anonymous)            -- junk query string
  elseif kind == 3 then
    return wrk.format("GET", "/no-such-page-" .. junk() .. "/", anonymous)    -- 404
  elseif kind == 4 then
    return wrk.format("GET", "/search/?q=" .. words[(counter % #words) + 1], anonymous)
  elseif kind == 5 then
    return wrk.format("GET", "/search/?q=zq" .. junk(), anonymous)            -- finds nothing
  elseif kind == 6 then
    return wrk.format("GET", "/progress/", logged_in)
  elseif kind == 7 then
    local headers = {
      Cookie = cookie,
      ["X-CSRFToken"] = csrf,
      Referer = "http://127.0.0.1/progress/",
      Accept = "application/json",
      ["Content-Type"] = "application/x-www-form-urlencoded",
    }
    local level = 1 + ((math.floor(counter / 12) + (thread_id or 0)) % 4)
    return wrk.format("POST", "/progress/skills/" .. slug .. "/", headers, "level=" .. level)
  elseif kind == 8 then
    return wrk.format("GET", "/skills/", anonymous)
  elseif kind == 9 then
    return wrk.format("GET", "/pathways/", anonymous)
  elseif kind == 10 then
    return wrk.format("GET", "/faq/", anonymous)
  else
    return wrk.format("GET", "/skills/" .. slug .. "/?page=" .. junk(), anonymous)  -- junk on a skill page
  end
end

function response(status, headers, body)
  local class = tostring(math.floor(status / 100)) .. "xx"
  statuses[class] = (statuses[class] or 0) + 1
end

function done(summary, latency, requests)
  local classes = {}
  for _, thread in ipairs(threads) do
    local counts = thread:get("statuses")
    for class, count in pairs(counts) do
      classes[class] = (classes[class] or 0) + count
    end
  end
  local parts = {}
  for class, count in pairs(classes) do
    table.insert(parts, string.format('"%s": %d', class, count))
  end
  io.write(string.format('BENCH_JSON {"requests": %d, "rps": %.2f, "statuses": {%s}}\n',
    summary.requests, summary.requests / (summary.duration / 1e6), table.concat(parts, ", ")))
end
