import ArgumentParser

/// `local-runtime`: the local stand-ins for the cloud services Recordline runs on.
@main
struct LocalRuntime: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "local-runtime",
        abstract: "Local stand-ins for the services Recordline runs on.",
        subcommands: [StackCommand.self, SQSCommand.self],
        defaultSubcommand: StackCommand.self)
}
