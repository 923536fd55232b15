-- wrk: every request books a different slot: slot = FIRST_SLOT + thread + n × THREADS, key "w<slot>".
local first = tonumber(os.getenv("FIRST_SLOT"))
local threads = tonumber(os.getenv("THREADS"))
local patient = os.getenv("PATIENT")
local token = os.getenv("TOKEN")
local next_tid = 0

function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
end

function init(args)
  n = 0
  headers = { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token }
end

function request()
  local slot = first + tid + n * threads
  n = n + 1
  return wrk.format("POST", "/api/v1/booking/bookings", headers,
    string.format('{"slotId":%d,"patientId":%s,"idempotencyKey":"w%d"}', slot, patient, slot))
end
