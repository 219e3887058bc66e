import Foundation

/// Asks before anything that cannot be undone; `--yes` skips the question. Without a terminal to ask,
/// the command stops rather than guessing.
enum Confirmation {
    static func require(_ question: String, yes: Bool) throws {
        if yes { return }
        guard isatty(STDIN_FILENO) == 1 else {
            throw OpsFailure(.notConfirmed, "\(question) needs a confirmation: run it in a terminal, or add --yes")
        }
        FileHandle.standardError.write(Data("\(question) [y/N] ".utf8))
        let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        guard accepts(answer) else { throw OpsFailure(.notConfirmed, "not confirmed; nothing was changed") }
    }

    static func accepts(_ answer: String) -> Bool {
        answer == "y" || answer == "yes"
    }
}
