/** Benchmarks, run as commands (see the README), never as timed unit tests. */
package uk.attest.bench;
