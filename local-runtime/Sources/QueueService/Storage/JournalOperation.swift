/// One change to durable state, recorded in the order the engine applied it in memory.
package enum JournalOperation: Sendable {
    case putQueue(QueueRow)
    case deleteQueue(name: String)
    case insertMessage(MessageRow)
    case updateDelivery(seq: Int64, visibleAt: Int64, receiveCount: Int, firstReceiveTimestamp: Int64?)
    case moveMessage(seq: Int64, queue: String, visibleAt: Int64, receiveCount: Int, deadLetterSourceArn: String?)
    case deleteMessage(seq: Int64)
    case purgeQueue(name: String)
}
