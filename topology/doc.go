// Package topology holds the test of certflow in its production topology:
// a Temporal server on PostgreSQL, Dovecot and OpenSMTPD, two worker
// processes and the simulated AWS desk, each a process of its own, as
// `.ci/run` starts them (.ci/postgres, .ci/temporalcluster, .ci/mailservers).
// It has no code of its own; the test skips only when the variables naming
// those servers are unset, and CI always sets them.
package topology
