package org.taiwa.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.taiwa.TaiwaIntegrationTest;

@TaiwaIntegrationTest
class SequencesIT {

    @Autowired
    Sequences sequences;

    @Test
    void a_new_sequence_starts_at_one_and_counts_up() {
        String name = "test-" + UUID.randomUUID();
        assertThat(sequences.current(name)).isZero();
        assertThat(sequences.next(name)).isEqualTo(1);
        assertThat(sequences.next(name)).isEqualTo(2);
        assertThat(sequences.current(name)).isEqualTo(2);
    }

    @Test
    void concurrent_callers_never_get_the_same_number() throws Exception {
        String name = "test-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> calls = IntStream.range(0, 200).<Callable<Long>>mapToObj(i -> () -> sequences.next(name))
                    .toList();
            List<Long> numbers = pool.invokeAll(calls).stream().map(SequencesIT::result).toList();
            assertThat(numbers).doesNotHaveDuplicates().hasSize(200);
            assertThat(numbers).allMatch(n -> n >= 1 && n <= 200);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Long result(Future<Long> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
