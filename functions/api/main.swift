import LambdaRuntime
import RecordlineFunctions

await LambdaRuntime.main { try await APIFunction.make() }
