-- Shared by every wrk run of benchmarks/load.py: unique values per request, status counting, and
-- one JSON line of results. A system's own script is appended and defines request().
-- wrk runs each thread in its own Lua state: setup() (main state) numbers the threads, done()
-- (main state) collects what each thread counted.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  run = tonumber(args[1]) or 0   -- benchmarks/load.py numbers its runs: values never repeat
  counter = 0
  statuses = {}
end

-- A number no other request of this benchmark has sent (run, wrk thread, counter), as digits:
-- a tag like "r3t2n1234" reads as disguised letters to a spam filter, and the load should be
-- ordinary comments.
function unique()
  counter = counter + 1
  return string.format("%d%02d%07d", run, id, counter)
end

-- A client address of its own for each request (its own IPv6 /64, the unit the limits count),
-- as a reverse proxy on loopback would pass it on in X-Forwarded-For.
function client_address()
  return string.format("fd00:%x:%x:%x::1", run % 65536, id, counter % 65536)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("statuses")) do
      counts[status] = (counts[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(counts) do
    table.insert(parts, string.format('"%d": %d', status, n))
  end
  local e = summary.errors
  io.write(string.format(
    'WRK-RESULT {"requests": %d, "duration_us": %d, "statuses": {%s}, ' ..
    '"socket_errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d}, ' ..
    '"latency_us": {"mean": %.1f, "p50": %d, "p95": %d, "p99": %d, "max": %d}}\n',
    summary.requests, summary.duration, table.concat(parts, ", "),
    e.connect, e.read, e.write, e.timeout,
    latency.mean, latency:percentile(50), latency:percentile(95), latency:percentile(99),
    latency.max))
end
