package com.switchboard.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A bounded closed-loop HTTP/1.1 load generator on plain sockets: {@code connections} clients, each
 * on its own keep-alive connection, send the same request, wait for the whole answer, and send again
 * (reconnecting when the server closes the connection). Latencies are recorded per request.
 */
final class ClosedLoopLoad {

    /** The outcome of one run. */
    record Result(long requests, long unexpected, double seconds, double perSecond, double p50Millis,
            double p99Millis, double serverCpuMicrosPerRequest) {}

    private final int port;

    ClosedLoopLoad(int port) {
        this.port = port;
    }

    /** A request as bytes: method, path, headers (name, value pairs) and an optional body. */
    static byte[] request(String method, String path, String body, String... headers) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder().append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: 127.0.0.1\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        byte[] headBytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(headBytes, headBytes.length + content.length);
        System.arraycopy(content, 0, all, headBytes.length, content.length);
        return all;
    }

    /** The request that connection {@code connection} sends for the {@code n}-th time (from 0). */
    interface Requests {
        byte[] request(int connection, long n);
    }

    /**
     * Runs {@code warmup} then {@code measure} seconds of load, connection {@code i} sending
     * {@code requests.apply(i)}; answers with a status other than {@code expected} are counted.
     */
    Result run(IntFunction<byte[]> requests, int expected, int connections, double warmupSeconds,
            double measureSeconds) throws InterruptedException {
        byte[][] fixed = new byte[connections][];
        for (int c = 0; c < connections; c++) {
            fixed[c] = requests.apply(c);
        }
        return run((connection, n) -> fixed[connection], expected, connections, warmupSeconds, measureSeconds);
    }

    /** The same, each request of a connection given by {@code requests} (a write that alternates, say). */
    Result run(Requests requests, int expected, int connections, double warmupSeconds, double measureSeconds)
            throws InterruptedException {
        AtomicBoolean recording = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        AtomicLong unexpected = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[connections];
        CountDownLatch done = new CountDownLatch(connections);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            long[] mine = new long[Math.max(50_000, 4_000_000 / connections)];
            latencies.add(mine);
            int index = c;
            Thread thread = new Thread(() -> {
                try {
                    Connection connection = null;
                    for (long n = 0; !stop.get(); n++) {
                        if (connection == null) {
                            connection = new Connection(port);
                        }
                        byte[] request = requests.request(index, n);
                        long start = System.nanoTime();
                        int status = connection.exchange(request);
                        long took = System.nanoTime() - start;
                        if (recording.get() && counts[index] < mine.length) {
                            mine[counts[index]++] = took;
                            if (status != expected) {
                                unexpected.incrementAndGet();
                            }
                        }
                        if (connection.closed) {
                            connection.close();
                            connection = null;
                        }
                    }
                    if (connection != null) {
                        connection.close();
                    }
                } catch (IOException e) {
                    unexpected.incrementAndGet();
                    System.err.println("load connection failed: " + e);
                } finally {
                    done.countDown();
                }
            }, "load-" + c);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep((long) (warmupSeconds * 1000));
        long cpuBefore = serverThreadsCpuNanos();
        recording.set(true);
        long began = System.nanoTime();
        Thread.sleep((long) (measureSeconds * 1000));
        recording.set(false);
        long cpu = serverThreadsCpuNanos() - cpuBefore;
        double seconds = (System.nanoTime() - began) / 1e9;
        stop.set(true);
        done.await();
        long total = 0;
        for (int count : counts) {
            total += count;
        }
        long[] all = new long[(int) total];
        int at = 0;
        for (int c = 0; c < connections; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        return new Result(total, unexpected.get(), seconds, total / seconds, percentile(all, 0.50),
                percentile(all, 0.99), total == 0 ? Double.NaN : cpu / 1e3 / total);
    }

    /**
     * The CPU time used so far by the server's request threads (Tomcat's {@code -exec-} threads of
     * this JVM): the cost of a request whatever else the machine is doing.
     */
    private static long serverThreadsCpuNanos() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("-exec-")) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu > 0) {
                    sum += cpu;
                }
            }
        }
        return sum;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** One keep-alive connection. */
    private static final class Connection {
        private final Socket socket;
        private final OutputStream out;
        private final InputStream in;
        boolean closed;

        Connection(int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String header = line(); !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closed = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            if (chunked) {
                for (long size = Long.parseLong(line().split(";")[0].trim(), 16); size > 0;
                        size = Long.parseLong(line().split(";")[0].trim(), 16)) {
                    skip(size);
                    line();
                }
                line();
            } else if (length > 0) {
                skip(length);
            }
            return status;
        }

        private void skip(long n) throws IOException {
            while (n > 0) {
                long skipped = in.skip(n);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed in a body");
                    }
                    skipped = 1;
                }
                n -= skipped;
            }
        }

        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            int c;
            while ((c = in.read()) >= 0) {
                if (c == '\n') {
                    int end = line.length();
                    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
                }
                line.append((char) c);
            }
            throw new IOException("connection closed");
        }

        void close() throws IOException {
            socket.close();
        }
    }
}
