"""The limits the real-model tier runs the stack with, and the bound they give each task."""

# One attempt's limit. Gemma 270M on two cores writes a draft answer (up to its budget of about
# 3,200 tokens) well inside it; a call that waits behind others at the single-slot server may not,
# and its stage then falls back to the offline engine, as it would with any slow model.
ATTEMPT_SECONDS = 60
# An invocation's limit: every model call of a stage, the repair request included, ends inside it.
FUNCTION_SECONDS = 150
# Each stage runs in an invocation at most FUNCTION_SECONDS long (its model calls end inside it, the
# offline engine then takes milliseconds), which may start only after an earlier invocation of the same
# function has ended (the poller hands a queue's messages out in batches): two invocations a stage.
TASK_BOUND_SECONDS = 3 * 2 * FUNCTION_SECONDS
