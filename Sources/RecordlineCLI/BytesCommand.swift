import ArgumentParser
import Foundation
import RecordRules

/// `recordline bytes`: a text's NEIS bytes, counted by the same `NEISByteCounter` the checker uses, so
/// a teacher can count what they paste and the page's own counter can be checked against it.
struct BytesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bytes",
        abstract: "Count a text's NEIS bytes (Hangul 3, ASCII 1, Enter 1, anything else its UTF-8 length).")

    @Option(help: "official (the 기재요령's count) or safe (the over-count drafts are fitted under).")
    var profile: String = ByteProfile.official.rawValue

    @Flag(help: "Read a JSON array of strings and print a JSON array of their counts, in order.")
    var json = false

    @Argument(help: "The file to count; standard input when absent or '-'.")
    var file: String?

    func validate() throws {
        guard ByteProfile(rawValue: profile) != nil else { throw ValidationError("--profile must be official or safe") }
    }

    func run() throws {
        let counter = NEISByteCounter(profile: ByteProfile(rawValue: profile) ?? .official)
        let text = try InputText.read(file, what: "the text")
        guard json else {
            print(counter.count(text))
            return
        }
        guard let texts = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else {
            throw failure("--json expects a JSON array of strings", exitCode: 65)
        }
        let counts = try JSONEncoder().encode(texts.map { counter.count($0) })
        print(String(decoding: counts, as: UTF8.self))
    }
}
