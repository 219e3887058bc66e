import Foundation
import QueueClient

// Queue client cost against any SQS endpoint from the usual AWS variables:
//   AWS_ENDPOINT_URL_SQS=http://127.0.0.1:9324 AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=x \
//   swift run -c release queue-client-benchmark [round trips]
// Reports the time to create a client, the first call (connection set-up included), sequential
// send → receive → delete round trips, and batched sends.

let roundTrips = CommandLine.arguments.dropFirst().first.flatMap { Int($0) } ?? 500
let clock = ContinuousClock()

func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
    sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
}

var client: QueueClient?
let creation = try clock.measure { client = try QueueClient.fromEnvironment() }
let queues = client!
let queueName = "queue-client-benchmark-\(UUID().uuidString.prefix(8).lowercased())"

let firstCallStart = clock.now
let queueURL = try await queues.createQueue(named: queueName)
let firstCall = clock.now - firstCallStart

var samples: [Double] = []
let body = String(repeating: "학생 활동 메모 ", count: 40)
let loopStart = clock.now
for _ in 0..<roundTrips {
    let start = clock.now
    _ = try await queues.sendMessage(to: queueURL, body: body)
    let received = try await queues.receiveMessages(from: queueURL, ReceiveOptions(waitTimeSeconds: 1))
    for message in received {
        try await queues.deleteMessage(from: queueURL, receiptHandle: message.receiptHandle)
    }
    samples.append(milliseconds(clock.now - start))
}
let loop = clock.now - loopStart
samples.sort()

let batchCount = 1000
let entries = (0..<batchCount).map { SendBatchEntry(id: "e\($0)", message: OutgoingMessage(body: body)) }
let batchStart = clock.now
let batch = try await queues.sendMessageBatch(to: queueURL, entries)
let batchDuration = clock.now - batchStart
try await queues.deleteQueue(queueURL)

print("endpoint                  \(queues.configuration.endpoint.url)")
print(String(format: "client creation           %.3f ms", milliseconds(creation)))
print(String(format: "first call (CreateQueue)  %.2f ms", milliseconds(firstCall)))
print(String(format: "round trip send→receive→delete, %d sequential: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, %.0f round trips/s",
    roundTrips, percentile(samples, 0.5), percentile(samples, 0.95), percentile(samples, 0.99), Double(roundTrips) / (milliseconds(loop) / 1000)))
print(String(format: "SendMessageBatch, %d messages of %d bytes: %.0f messages/s (%d failed)",
    batchCount, body.utf8.count, Double(batch.successful.count) / (milliseconds(batchDuration) / 1000), batch.failed.count))
