import SQSWire

/// SQS keeps each region's queues apart, and this server holds one region's (`--region`): a request
/// signed for another region is answered as that region would answer it, with none of these queues in
/// sight, by name or by URL. Creating a queue there is refused, naming both regions.
extension ActionHandler {
    /// The answer to a request signed for `region`, another region than the server's; nil for the
    /// move-task actions, which name their queues by ARN, region included.
    func answer(in region: String, _ action: SQSAction, _ parameters: RequestParameters, _ context: SQSRequestContext) throws -> WireValue? {
        switch action {
        case .startMessageMoveTask, .cancelMessageMoveTask, .listMessageMoveTasks:
            return nil
        case .listQueues:
            return try paginate([], parameters, context, member: "QueueUrls")
        case .createQueue:
            _ = try parameters.requiredString("QueueName")
            let here = engine.options.region
            throw SQSError(
                .unsupportedOperation,
                "This queue service holds the queues of region \(here); the request is signed for region \(region). Sign for \(here), or start the service with --region \(region).")
        case .getQueueUrl:
            _ = try parameters.requiredString("QueueName")
            throw SQSError.queueDoesNotExist()
        default:
            _ = try parameters.requiredString("QueueUrl")
            throw SQSError.queueDoesNotExist()
        }
    }
}
