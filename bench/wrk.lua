-- wrk script for bench/run.py: optional progress-update POSTs, and a JSON summary at the end.
--
-- Environment (set by run.py):
--   BENCH_POST_SLUGS  space-separated skill slugs: when set, every request is a progress update
--                     POST /progress/skills/<slug>/ with a level that differs from the previous
--                     request's on that skill, so each one is a real write. The Cookie,
--                     X-CSRFToken, Referer and Accept headers come from wrk's -H options.
-- Output: one line "BENCH_JSON {...}" with requests/s, latency percentiles (ms) and error counts.

local slugs = {}
for slug in string.gmatch(os.getenv("BENCH_POST_SLUGS") or "", "%S+") do
  table.insert(slugs, slug)
end

local counter = 0
local threads = {}

function setup(thread)
  -- A global in the thread's own Lua state: offsets the levels so threads do not write in step.
  thread:set("thread_id", #threads)
  table.insert(threads, thread)
end

if #slugs > 0 then
  function init(args)
    wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  end

  function request()
    -- Request n rates skill n mod #slugs; the level steps 1..4 on each pass, offset per thread.
    local skill = slugs[(counter % #slugs) + 1]
    local level = 1 + ((math.floor(counter / #slugs) + (thread_id or 0)) % 4)
    counter = counter + 1
    return wrk.format("POST", "/progress/skills/" .. skill .. "/", nil, "level=" .. level)
  end
end

function done(summary, latency, requests)
  local errors = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    'BENCH_JSON {"requests": %d, "duration_s": %.3f, "rps": %.2f, "bytes": %d, '
      .. '"p50_ms": %.3f, "p90_ms": %.3f, "p99_ms": %.3f, "max_ms": %.3f, '
      .. '"errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d, "status": %d}}\n',
    summary.requests, seconds, summary.requests / seconds, summary.bytes,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000,
    errors.connect, errors.read, errors.write, errors.timeout, errors.status))
end
