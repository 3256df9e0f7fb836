"""Hand-written companions of the generated Cobalt client (sandbox, ergonomic client, command line)."""
