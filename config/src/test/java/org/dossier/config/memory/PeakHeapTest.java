package org.dossier.config.memory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeakHeapTest {

    @Test
    void theHeapAPieceOfWorkHeldIsItsPeakWithinTheHeapTheJvmMayUse() throws InterruptedException {
        collect();
        PeakHeap.reset();
        long before = PeakHeap.megabytes();
        byte[][] held = new byte[64][];
        for (int i = 0; i < held.length; i++) {
            held[i] = new byte[1 << 20];
        }
        collect();

        assertThat(PeakHeap.megabytes()).isGreaterThanOrEqualTo(before + 60)
                .isLessThanOrEqualTo(Runtime.getRuntime().maxMemory() >> 20);
        assertThat(held[63]).hasSize(1 << 20);

        held = null;
        collect();
        PeakHeap.reset();
        assertThat(PeakHeap.megabytes()).isLessThan(before + 60);
    }

    /** A full collection, once its notice has come. */
    private static void collect() throws InterruptedException {
        long seen = PeakHeap.collections();
        System.gc();
        for (int i = 0; i < 500 && PeakHeap.collections() == seen; i++) {
            Thread.sleep(10);
        }
        assertThat(PeakHeap.collections()).as("a collection was seen").isGreaterThan(seen);
    }
}
