import SQSWire

extension SQSError {
    /// The error as the Query protocol words it: SQS says a queue is missing "for this wsdl version"
    /// there (AWS-recorded), and words every other error as over JSON.
    var queryWording: SQSError {
        guard code == .queueDoesNotExist else { return self }
        return SQSError(.queueDoesNotExist, "The specified queue does not exist for this wsdl version.")
    }
}
