package dev.deliberate.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A closed-loop load: {@code clients} threads each run one operation after another for a warm-up,
 * then for the measured window. Latencies are kept whole (no sampling), percentiles exact.
 */
final class LoadRun {

    /** One virtual client: performs one whole operation, returns true when it succeeded. */
    interface Client {
        boolean runOnce() throws Exception;
    }

    /**
     * @param serverCpuMillisPerOp the server process's CPU time per operation in the window (user + system)
     */
    record Result(int clients, long operations, long failures, double perSecond, double p50Millis, double p95Millis,
            double p99Millis, double maxMillis, double peakHeapMb, double serverCpuMillisPerOp, double databaseCpuMillisPerOp,
            double loadCpuMillisPerOp) {
    }

    static Result run(int clients, IntFunction<Client> newClient, Duration warmUp, Duration window, ServerProcess server)
            throws InterruptedException {
        java.util.function.DoubleSupplier heap = server::heapUsed;
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong failures = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            Client client = newClient.apply(i);
            long[][] own = { new long[1 << 16] };
            int[] count = { 0 };
            latencies.add(null);
            int slot = i;
            Thread thread = new Thread(() -> {
                try {
                    while (!stop.get()) {
                        long start = System.nanoTime();
                        boolean ok;
                        try {
                            ok = client.runOnce();
                        }
                        catch (Exception e) {
                            ok = false;
                        }
                        long took = System.nanoTime() - start;
                        if (!ok) {
                            pause();
                        }
                        if (measuring.get()) {
                            if (!ok) {
                                failures.incrementAndGet();
                            }
                            if (count[0] == own[0].length) {
                                own[0] = Arrays.copyOf(own[0], own[0].length * 2);
                            }
                            own[0][count[0]++] = took;
                        }
                    }
                }
                finally {
                    synchronized (latencies) {
                        latencies.set(slot, Arrays.copyOf(own[0], count[0]));
                    }
                    done.countDown();
                }
            }, "load-" + i);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(warmUp.toMillis());
        double[] peakHeap = { 0 };
        double cpuBefore = server.cpuSeconds();
        double databaseBefore = ServerProcess.databaseCpuSeconds();
        double loadBefore = ServerProcess.loadGeneratorCpuSeconds();
        long begin = System.nanoTime();
        measuring.set(true);
        while (System.nanoTime() - begin < window.toNanos()) {
            Thread.sleep(250);
            peakHeap[0] = Math.max(peakHeap[0], heap.getAsDouble());
        }
        measuring.set(false);
        double seconds = (System.nanoTime() - begin) / 1e9;
        double cpu = server.cpuSeconds() - cpuBefore;
        double database = ServerProcess.databaseCpuSeconds() - databaseBefore;
        double load = ServerProcess.loadGeneratorCpuSeconds() - loadBefore;
        stop.set(true);
        done.await();
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(clients, all.length, failures.get(), all.length / seconds, percentile(all, 0.50),
                percentile(all, 0.95), percentile(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6, peakHeap[0] / (1024 * 1024),
                perOperation(cpu, all.length), perOperation(database, all.length), perOperation(load, all.length));
    }

    private static double perOperation(double seconds, int operations) {
        return operations == 0 ? Double.NaN : seconds * 1000 / operations;
    }

    /** A failing client waits a little, so a broken run cannot spin and flood the latency record. */
    private static void pause() {
        try {
            Thread.sleep(100);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
