import ArgumentParser
import Foundation
import RecordRules

/// `recordline check`: a record text checked as `POST /v1/check` checks it, with the notes it must
/// reflect when given: every finding with its category, the words it is about, the reason and the
/// suggestion. Exits 1 when a finding blocks the text, so a script can gate on it.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check a record text against the 기재요령's rules (bytes, forbidden content, wording, 음슴체).")

    @OptionGroup var record: RecordOptions

    @Option(name: .customLong("notes-file"), help: "The teacher's notes the text must reflect and may not go beyond.")
    var notesFile: String?

    @Option(name: .customLong("forbid"), help: "An extra forbidden term (repeatable).")
    var extraForbiddenTerms: [String] = []

    @Option(name: .customLong("student-name"), help: "The student's name, reported wherever it appears (repeatable).")
    var studentNames: [String] = []

    @Flag(help: "Print the whole report as JSON.")
    var json = false

    @Argument(help: "File with the text; standard input when omitted or '-'.")
    var file: String?

    func run() throws {
        // The newline a file or `echo` ends with is not part of what is pasted into NEIS.
        var text = try InputText.read(file, what: "the text")
        while text.last?.isNewline == true { text.removeLast() }
        let notes = try notesFile.map { try InputText.read($0, what: "the notes") }
        let options: CheckOptions
        do {
            options = try CheckOptions(
                section: try Section.parse(record.section), subject: record.subject, targetBytes: record.targetBytes,
                extraForbiddenTerms: extraForbiddenTerms, studentNames: studentNames, notes: notes, ruleYear: record.ruleYear)
        } catch {
            throw ValidationError(error.description)
        }
        let report = RuleChecker(options: options).check(text)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print("\(report.bytes)/\(report.targetBytes) 바이트 · \(report.passes ? "규칙 통과" : "규칙 위반")")
            for violation in report.violations {
                let mark = violation.severity == .block ? "✗" : "!"
                let suggestion = violation.suggestion.map { " → \($0)" } ?? ""
                print("  \(mark) [\(violation.category.rawValue)] '\(violation.excerpt)': \(violation.reason)\(suggestion)")
            }
        }
        if !report.passes { throw ExitCode(1) }
    }
}
