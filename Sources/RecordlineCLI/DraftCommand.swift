import ArgumentParser
import Foundation
import RecordAgents
import RecordRules

/// `recordline draft`: three drafts from notes in a file or on standard input, with the offline engine.
struct DraftCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "draft",
        abstract: "Write three drafts from a teacher's notes (offline engine).")

    @Option(help: "Section: \(Section.allCases.map(\.rawValue).joined(separator: ", ")).")
    var section: String

    @Option(help: "Subject name, required for the subject section (e.g. 과학).")
    var subject: String?

    @Option(name: .customLong("target-bytes"), help: "Byte target, at most the section limit (default: the limit).")
    var targetBytes: Int?

    @Option(name: .customLong("forbid"), help: "An extra forbidden term (repeatable).")
    var extraForbiddenTerms: [String] = []

    @Option(name: .customLong("student-name"), help: "The student's name, never written into a draft (repeatable).")
    var studentNames: [String] = []

    @Flag(help: "Print {\"versions\":[{version,text,bytes,report}]} as JSON.")
    var json = false

    @Argument(help: "File with the notes; standard input when omitted or '-'.")
    var file: String?

    func run() throws {
        let notes = try readNotes()
        let request: DraftRequest
        do {
            request = try DraftRequest(
                notes: notes, section: try Section.parse(section), subject: subject, targetBytes: targetBytes,
                extraForbiddenTerms: extraForbiddenTerms, studentNames: studentNames)
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

    private func readNotes() throws -> String {
        let data: Data
        if let file, file != "-" {
            guard let contents = FileManager.default.contents(atPath: file) else {
                throw failure("cannot read \(file): no such file or not readable", exitCode: 66)
            }
            data = contents
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        guard let notes = String(data: data, encoding: .utf8) else {
            throw failure("the notes are not valid UTF-8 text", exitCode: 65)
        }
        return notes
    }
}

/// Prints what is wrong to standard error and returns the exit code scripts can rely on.
func failure(_ message: String, exitCode: Int32) -> ExitCode {
    FileHandle.standardError.write(Data("recordline: \(message)\n".utf8))
    return ExitCode(exitCode)
}
