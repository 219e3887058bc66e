// Recall and precision of the content rules over a labelled corpus of record sentences, and the
// checker's throughput.
//
//   swift run -c release checker-benchmark [--require] [Benchmarks/checker/corpus.jsonl]
//
// Each line of the corpus is one sentence with the categories the checker must report for it
// (`expect`) or, for a trap, none (`"trap":true`, `"about"` naming the category it imitates). A
// reported category not in `expect` is a false alarm; an expected one not reported is a miss. Style
// and size categories are not scored: the corpus measures content.
//
// Exit status is 0 unless --require is given; then it is 1 when a blocking category's recall is
// below 100% or any category's precision is below 98%. An unreadable corpus exits with 2.
import Foundation
import RecordRules

struct Entry: Decodable {
    let id: String
    let text: String
    let expect: [String]
    let trap: Bool?
    let about: String?
    let section: String?
    let subject: String?
    let extraForbiddenTerms: [String]?
    let studentNames: [String]?
    let note: String?
}

/// The content categories the corpus measures, in the order of the rule report's table. All but
/// the wording ones are blocking: the 기재 금지 list, private education, personal information,
/// what identifies the school, and text addressed to the writer rather than about the student.
let categoryOrder = [
    "language_test", "competition_award", "exam_score", "paper_academic", "book_publication",
    "intellectual_property", "overseas_activity", "parent_status", "scholarship", "institution_name",
    "qualification", "subject_only_item", "private_education", "outside_activity", "personal_information", "school_identity",
    "instruction_text", "negative_wording", "exaggeration",
]
let warnCategories: Set<String> = ["negative_wording", "exaggeration"]
/// Style and size findings: not what the corpus labels.
let unscored: Set<String> = ["sentence_ending", "misspelling", "character", "byte_limit", "coverage", "grounding"]

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("checker-benchmark: \(message)\n".utf8))
    exit(2)
}

var arguments = Array(CommandLine.arguments.dropFirst())
let require = arguments.contains("--require")
arguments.removeAll { $0 == "--require" }
if let unknown = arguments.first(where: { $0.hasPrefix("--") }) { fail("unknown option \(unknown)") }
let path = arguments.first ?? "Benchmarks/checker/corpus.jsonl"

// MARK: reading the corpus

guard let data = FileManager.default.contents(atPath: path), let content = String(data: data, encoding: .utf8) else {
    fail("cannot read \(path)")
}
var entries: [Entry] = []
var ids = Set<String>()
for (number, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if trimmed.isEmpty { continue }
    let entry: Entry
    do {
        entry = try JSONDecoder().decode(Entry.self, from: Data(trimmed.utf8))
    } catch {
        fail("\(path):\(number + 1): \(error)")
    }
    guard ids.insert(entry.id).inserted else { fail("\(path):\(number + 1): duplicate id \(entry.id)") }
    let known = Set(categoryOrder)
    for category in entry.expect + (entry.about.map { [$0] } ?? []) where !known.contains(category) {
        fail("\(path):\(number + 1): unknown category \(category)")
    }
    if entry.trap == true {
        guard entry.expect.isEmpty, entry.about != nil else {
            fail("\(path):\(number + 1): a trap has \"expect\":[] and an \"about\" category")
        }
    } else if entry.expect.isEmpty {
        fail("\(path):\(number + 1): \(entry.id) expects nothing and is not a trap")
    }
    entries.append(entry)
}
if entries.isEmpty { fail("\(path) holds no entries") }

// MARK: the checkers

/// The options for one entry: its section, subject, extra terms and roster.
func options(for entry: Entry, section: Section, subject: String?) throws -> CheckOptions {
    try CheckOptions(
        section: section, subject: subject, extraForbiddenTerms: entry.extraForbiddenTerms ?? [],
        studentNames: entry.studentNames ?? [])
}

let checkers: [RuleChecker] = entries.map { entry in
    do {
        let section = try Section.parse(entry.section ?? "subject")
        let subject = entry.subject ?? (section == .subject ? "과학" : nil)
        return RuleChecker(options: try options(for: entry, section: section, subject: subject))
    } catch {
        fail("\(entry.id): \(error)")
    }
}

/// The categories reported for an entry, as raw values, with one finding's excerpt each. A roster
/// name that reached the checker as an extra term and is reported as `custom_term` is the student's
/// name: it counts as personal information. Other `custom_term` findings (the request's own terms)
/// are counted apart and not scored.
func reported(_ report: RuleReport, entry: Entry, options: CheckOptions) -> (categories: [String: String], customTerms: Int) {
    let rosterTerms = Set(entry.studentNames ?? []).intersection(options.extraForbiddenTerms)
    var categories: [String: String] = [:]
    var customTerms = 0
    for violation in report.violations {
        var category = violation.category.rawValue
        if unscored.contains(category) { continue }
        if violation.category == .customTerm {
            if rosterTerms.contains(where: { violation.excerpt.contains($0) || $0.contains(violation.excerpt) }) {
                category = "personal_information"
            } else {
                customTerms += 1
                continue
            }
        }
        if categories[category] == nil { categories[category] = violation.excerpt }
    }
    return (categories, customTerms)
}

// MARK: scoring

struct Tally {
    var positives = 0
    var traps = 0
    var truePositives = 0
    var falseNegatives = 0
    var falsePositives = 0

    var recall: Double? { positives == 0 ? nil : Double(truePositives) / Double(positives) }
    var precision: Double? {
        truePositives + falsePositives == 0 ? nil : Double(truePositives) / Double(truePositives + falsePositives)
    }
}

var tallies: [String: Tally] = [:]
var misses: [(entry: Entry, missing: [String])] = []
var falseAlarms: [(entry: Entry, category: String, excerpt: String)] = []
var customTermFindings = 0
var cleanTraps = 0
var trapCount = 0

for (entry, checker) in zip(entries, checkers) {
    let expected = Set(entry.expect)
    let (found, customTerms) = reported(checker.check(entry.text), entry: entry, options: checker.options)
    customTermFindings += customTerms
    for category in expected {
        tallies[category, default: Tally()].positives += 1
    }
    if entry.trap == true, let about = entry.about {
        tallies[about, default: Tally()].traps += 1
        trapCount += 1
        if found.isEmpty { cleanTraps += 1 }
    }
    var missing: [String] = []
    for category in expected.sorted() {
        if found[category] != nil {
            tallies[category, default: Tally()].truePositives += 1
        } else {
            tallies[category, default: Tally()].falseNegatives += 1
            missing.append(category)
        }
    }
    if !missing.isEmpty { misses.append((entry, missing)) }
    for (category, excerpt) in found.sorted(by: { $0.key < $1.key }) where !expected.contains(category) {
        tallies[category, default: Tally()].falsePositives += 1
        falseAlarms.append((entry, category, excerpt))
    }
}

// MARK: throughput: whole passes over the corpus, checkers built and run, for at least a second

var passes = 0
let clock = ContinuousClock()
let started = clock.now
var elapsed = Duration.zero
var sink = 0
repeat {
    for entry in entries {
        let section = Section(rawValue: entry.section ?? "subject") ?? .subject
        let subject = entry.subject ?? (section == .subject ? "과학" : nil)
        guard let options = try? options(for: entry, section: section, subject: subject) else { continue }
        sink &+= RuleChecker(options: options).check(entry.text).violations.count
    }
    passes += 1
    elapsed = clock.now - started
} while elapsed < .seconds(1)
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let sentencesPerSecond = Double(passes * entries.count) / seconds

// MARK: report

func percent(_ value: Double?) -> String {
    guard let value else { return "—" }
    return String(format: "%.1f", value * 100)
}

func padded(_ text: String, _ width: Int, right: Bool = false) -> String {
    let count = text.count
    if count >= width { return text }
    let fill = String(repeating: " ", count: width - count)
    return right ? fill + text : text + fill
}

let rows = categoryOrder + tallies.keys.filter { !categoryOrder.contains($0) }.sorted()
let nameWidth = max(24, rows.map(\.count).max() ?? 0)
print("corpus: \(path), \(entries.count) sentences (\(entries.count - trapCount) with findings expected, \(trapCount) traps)")
print("")
print(padded("category", nameWidth) + " " + ["positives", "traps", "TP", "FN", "FP", "recall %", "precision %"]
    .map { padded($0, 11, right: true) }.joined(separator: " "))
var total = Tally()
for category in rows {
    let tally = tallies[category] ?? Tally()
    total.positives += tally.positives
    total.traps += tally.traps
    total.truePositives += tally.truePositives
    total.falseNegatives += tally.falseNegatives
    total.falsePositives += tally.falsePositives
    let marker = warnCategories.contains(category) ? " (warn)" : ""
    print(padded(category + marker, nameWidth) + " " + [
        "\(tally.positives)", "\(tally.traps)", "\(tally.truePositives)", "\(tally.falseNegatives)",
        "\(tally.falsePositives)", percent(tally.recall), percent(tally.precision),
    ].map { padded($0, 11, right: true) }.joined(separator: " "))
}
print(padded("total", nameWidth) + " " + [
    "\(total.positives)", "\(total.traps)", "\(total.truePositives)", "\(total.falseNegatives)",
    "\(total.falsePositives)", percent(total.recall), percent(total.precision),
].map { padded($0, 11, right: true) }.joined(separator: " "))
print("")
print("traps with no content finding at all: \(cleanTraps)/\(trapCount)")
if customTermFindings > 0 {
    print("custom_term findings (the request's own extra terms, not scored): \(customTermFindings)")
}
print(String(format: "throughput: %.0f sentences/second (%d passes over %d sentences in %.2f s, checker built per sentence)",
             sentencesPerSecond, passes, entries.count, seconds))

print("")
print("misses (\(misses.count)):")
for miss in misses {
    print("  \(miss.entry.id)  \(miss.entry.text)  expected: \(miss.missing.joined(separator: ", "))")
}
print("")
print("false alarms (\(falseAlarms.count)):")
for alarm in falseAlarms {
    print("  \(alarm.entry.id)  \(alarm.entry.text)  reported: \(alarm.category)  excerpt: \(alarm.excerpt)")
}

if require {
    var failures: [String] = []
    for category in rows {
        let tally = tallies[category] ?? Tally()
        if !warnCategories.contains(category), let recall = tally.recall, recall < 1 {
            failures.append("\(category): recall \(percent(recall))% < 100%")
        }
        if let precision = tally.precision, precision < 0.98 {
            failures.append("\(category): precision \(percent(precision))% < 98%")
        }
    }
    if !failures.isEmpty {
        print("")
        print("--require: \(failures.count) target(s) not met:")
        for failure in failures { print("  \(failure)") }
        exit(1)
    }
    print("")
    print("--require: every target met")
}
if sink == -1 { print(sink) }
