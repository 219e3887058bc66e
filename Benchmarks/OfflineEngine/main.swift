// Offline engine throughput: complete three-draft tasks (draft → refine → finalize for v1–v3,
// each with its rule report) per second on one core, over the fixture notes.
//
//   swift run -c release offline-engine-benchmark [--seconds N | --passes N] [Tests/Fixtures/notes.json]
//
// --passes runs a fixed amount of work (for instruction counts under valgrind, which do not depend on
// what else the machine is doing); --seconds runs for a time and reports the rate.
import Foundation
import RecordAgents
import RecordRules

struct Fixture: Decodable {
    let name: String
    let section: String
    let subject: String?
    let targetBytes: Int?
    let extraForbiddenTerms: [String]?
    let notes: String
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("offline-engine-benchmark: \(message)\nusage: offline-engine-benchmark [--seconds N | --passes N] [notes.json]\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
var seconds = 5.0
var passes: Int?
if let flag = arguments.firstIndex(of: "--seconds") {
    guard flag + 1 < arguments.count, let value = Double(arguments[flag + 1]), value > 0 else { fail("--seconds needs a positive number") }
    seconds = value
    arguments.removeSubrange(flag...(flag + 1))
}
if let flag = arguments.firstIndex(of: "--passes") {
    guard flag + 1 < arguments.count, let value = Int(arguments[flag + 1]), value > 0 else { fail("--passes needs a positive whole number") }
    passes = value
    arguments.removeSubrange(flag...(flag + 1))
}
if let unknown = arguments.first(where: { $0.hasPrefix("-") }) { fail("unknown option \(unknown)") }
if arguments.count > 1 { fail("one notes file at most, got \(arguments.count)") }
let path = arguments.first ?? "Tests/Fixtures/notes.json"
guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
let fixtures: [Fixture]
do { fixtures = try JSONDecoder().decode([Fixture].self, from: data) } catch { fail("\(path) is no list of notes fixtures: \(error)") }
let requests = try fixtures.map { fixture in
    try DraftRequest(
        notes: fixture.notes, section: try Section.parse(fixture.section), subject: fixture.subject,
        targetBytes: fixture.targetBytes, extraForbiddenTerms: fixture.extraForbiddenTerms ?? [])
}
let engine = OfflineEngine()

// Quality of what is being timed: every version passes, and how different the three are.
var passing = 0
var versions = 0
var maxSimilarity = (value: 0.0, fixture: "")
for (fixture, request) in zip(fixtures, requests) {
    let result = try engine.run(request)
    versions += result.count
    passing += result.filter(\.report.passes).count
    // Notes of one sentence can only be stated one way.
    guard NotesSentences(request.notes).sentences.count > 1 else { continue }
    for (i, j) in [(0, 1), (0, 2), (1, 2)] {
        let similarity = TextSimilarity.trigramJaccard(result[i].text, result[j].text)
        if similarity > maxSimilarity.value { maxSimilarity = (similarity, fixture.name) }
    }
}

// Warm up, then run whole passes over the fixtures until the time is up.
for request in requests { _ = try engine.run(request) }
let clock = ContinuousClock()
var tasks = 0
var latencies: [Duration] = []
let start = clock.now
var completedPasses = 0
while passes.map({ completedPasses < $0 }) ?? (clock.now - start < .seconds(seconds)) {
    completedPasses += 1
    for request in requests {
        let began = clock.now
        _ = try engine.run(request)
        latencies.append(clock.now - began)
        tasks += 1
    }
}
let elapsed = clock.now - start
let elapsedSeconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
latencies.sort()
func milliseconds(_ duration: Duration) -> String {
    String(format: "%.3f", Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds) * 1000)
}
print("offline engine: \(fixtures.count) fixture notes, \(tasks) three-draft tasks in \(String(format: "%.2f", elapsedSeconds)) s on one core")
print("throughput: \(String(format: "%.0f", Double(tasks) / elapsedSeconds)) tasks/s (\(String(format: "%.0f", Double(tasks * 3) / elapsedSeconds)) drafts/s)")
print("latency per task: p50 \(milliseconds(latencies[latencies.count / 2])) ms, p99 \(milliseconds(latencies[latencies.count * 99 / 100])) ms")
print("quality: \(passing)/\(versions) versions pass their rule report; max pairwise similarity \(String(format: "%.2f", maxSimilarity.value)) (\(maxSimilarity.fixture); notes of more than one sentence)")
