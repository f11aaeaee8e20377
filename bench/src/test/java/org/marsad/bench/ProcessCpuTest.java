package org.marsad.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void ownAndWaitedForChildrenTicksAreSummedFromTheFieldsAfterTheName() {
        // pid (name with a space and parentheses) state ppid ... utime=250 stime=50 cutime=600 cstime=100 ...
        String stat = "4242 (java (bench) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 50 600 100 20 0 40 0 9 0 0";
        assertThat(ProcessCpu.parse(stat)).hasValue(10.0);
    }

    @Test
    void aLineWithoutTheFieldsGivesNothing() {
        assertThat(ProcessCpu.parse("4242 (java) S 1")).isEmpty();
        assertThat(ProcessCpu.parse("garbage")).isEmpty();
    }

    @Test
    void thisProcessHasSpentSomeCpu() {
        // Only on Linux (/proc); elsewhere the bench reports no CPU seconds rather than wrong ones.
        if (java.nio.file.Files.isReadable(java.nio.file.Path.of("/proc/self/stat"))) {
            assertThat(ProcessCpu.seconds()).isPresent();
            assertThat(ProcessCpu.seconds().getAsDouble()).isPositive();
        } else {
            assertThat(ProcessCpu.seconds()).isEmpty();
        }
    }
}
