import ArgumentParser

@main
struct Recordline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "recordline",
        abstract: "Drafts 학교생활기록부 entries and operates the Recordline stack.",
        subcommands: [
            DraftCommand.self, CheckCommand.self, BytesCommand.self, TokenCommand.self, QueuesCommand.self, DLQCommand.self, TaskCommand.self, FaultCommand.self, BatchCommand.self,
        ])
}
