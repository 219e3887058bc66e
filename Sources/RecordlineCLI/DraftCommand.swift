import ArgumentParser
import Foundation
import RecordAgents
import RecordRules

/// `recordline draft`: three drafts from notes in a file or on standard input, with the offline engine.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Write three drafts from a teacher's notes (offline engine).")

    @OptionGroup var record: RecordOptions

    @Option(
        name: .customLong("part1-file"),
        help: "For part 2 of a 공통과목 (e.g. --subject 공통국어2): a file with part 1's record, whose bytes come off the limit both parts share.")
    var part1File: String?

    @Option(name: .customLong("forbid"), help: "An extra forbidden term (repeatable).")
    var extraForbiddenTerms: [String] = []

    @Option(name: .customLong("student-name"), help: "The student's name, never written into a draft (repeatable).")
    var studentNames: [String] = []

    @Flag(help: "Print {\"versions\":[{version,text,bytes,report}]} as JSON.")
    var json = false

    @Argument(help: "File with the notes; standard input when omitted or '-'.")
    var file: String?

    func run() throws {
        let notes = try InputText.read(file, what: "the notes")
        let part1Text = try part1File.map { try InputText.read($0, what: "part 1's record") }
        let request: DraftRequest
        do {
            request = try DraftRequest(
                notes: notes, section: try Section.parse(record.section), subject: record.subject, targetBytes: record.targetBytes,
                extraForbiddenTerms: extraForbiddenTerms, studentNames: studentNames, ruleYear: record.ruleYear, part1Text: part1Text)
        } catch {
            throw ValidationError(error.description)
        }
        let versions: [FinalVersion]
        do {
            versions = try OfflineEngine().run(request)
        } catch {
            throw failure("no draft could be written: \(error.reason)", exitCode: 3)
        }
        if json {
            try print(DraftOutput(notes: NotesSentences(request.notes).sentences, versions: versions).jsonString())
        } else {
            print(DraftOutput(notes: NotesSentences(request.notes).sentences, versions: versions).humanReadable(limit: request.options.targetBytes))
        }
    }
}

/// Prints what is wrong to standard error and returns the exit code scripts can rely on.
func failure(_ message: String, exitCode: Int32) -> ExitCode {
    FileHandle.standardError.write(Data("recordline: \(message)\n".utf8))
    return ExitCode(exitCode)
}
