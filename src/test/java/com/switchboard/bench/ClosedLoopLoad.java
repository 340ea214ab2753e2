package com.switchboard.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * A bounded closed-loop HTTP/1.1 load generator: {@code connections} clients, each on its own
 * keep-alive connection, send a request, wait for the whole answer, and send again (reconnecting when
 * the server closes the connection). Like wrk, one thread drives every connection through a selector,
 * so the generator adds one runnable thread to the machine, not one per connection: a latency is the
 * server's answer time plus the loop's turn, not a wait for a client thread to be scheduled.
 */
final class ClosedLoopLoad {

    /**
     * The outcome of one run, or of several pooled ({@link #pooled}).
     *
     * @param sortedNanos every latency measured, in nanoseconds, ascending
     */
    record Result(long requests, long unexpected, double seconds, double perSecond, double p50Millis,
            double p99Millis, double serverCpuMicrosPerRequest, long[] sortedNanos) {

        Result(long unexpected, double seconds, double perSecond, long cpuNanos, long[] sortedNanos) {
            this(sortedNanos.length, unexpected, seconds, perSecond, percentile(sortedNanos, 0.50),
                    percentile(sortedNanos, 0.99),
                    sortedNanos.length == 0 ? Double.NaN : cpuNanos / 1e3 / sortedNanos.length, sortedNanos);
        }

        /**
         * Runs of the same load pooled: the throughput is the median run's (a run the machine disturbed
         * does not move it), the percentiles are those of every latency of every run, and the CPU per
         * request is the total over the total.
         */
        static Result pooled(List<Result> runs) {
            double[] rates = runs.stream().mapToDouble(Result::perSecond).sorted().toArray();
            long[] all = runs.stream().flatMapToLong(r -> Arrays.stream(r.sortedNanos())).sorted().toArray();
            long cpuNanos = (long) runs.stream().mapToDouble(r -> r.serverCpuMicrosPerRequest() * 1e3 * r.requests())
                    .filter(Double::isFinite).sum();
            return new Result(runs.stream().mapToLong(Result::unexpected).sum(),
                    runs.stream().mapToDouble(Result::seconds).sum(), rates[rates.length / 2], cpuNanos, all);
        }
    }

    /** What {@link Client#read} says when the server closed an idle keep-alive connection. */
    private static final int CLOSED_BETWEEN_ANSWERS = -1;

    private static final byte[] LINE_END = {'\r', '\n'};
    private static final byte[] HEAD_END = {'\r', '\n', '\r', '\n'};

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
            double measureSeconds) throws IOException {
        byte[][] fixed = new byte[connections][];
        for (int c = 0; c < connections; c++) {
            fixed[c] = requests.apply(c);
        }
        return run((connection, n) -> fixed[connection], expected, connections, warmupSeconds, measureSeconds);
    }

    /**
     * The same, each request of a connection given by {@code requests} (a write that alternates, say).
     * An answer counts when it completes inside the measured window.
     */
    Result run(Requests requests, int expected, int connections, double warmupSeconds, double measureSeconds)
            throws IOException {
        // small at first and grown as needed: large arrays made per run would be humongous objects to
        // the collector, and their collections would be measured as the server's pauses
        long[][] latencies = new long[connections][1024];
        int[] counts = new int[connections];
        long unexpected = 0;
        try (Selector selector = Selector.open()) {
            Client[] clients = new Client[connections];
            for (int c = 0; c < connections; c++) {
                clients[c] = new Client(c);
                clients[c].open(selector);
                clients[c].send(requests.request(c, clients[c].sent++));
            }
            long began = System.nanoTime();
            long measureFrom = began + (long) (warmupSeconds * 1e9);
            long measureTo = measureFrom + (long) (measureSeconds * 1e9);
            boolean measuring = false;
            long cpuBefore = 0;
            long cpu = -1;
            long now = began;
            int inFlight = connections;
            // after the window no request is sent, and the answers still coming are awaited, so that no
            // connection is closed under a request the server is working on
            long drainedBy = measureTo + 30_000_000_000L;
            while (now < measureTo || (inFlight > 0 && now < drainedBy)) {
                long wakeAt = now < measureFrom ? measureFrom : now < measureTo ? measureTo : drainedBy;
                selector.select(Math.max(1, (wakeAt - now) / 1_000_000));
                now = System.nanoTime();
                if (cpu < 0 && now >= measureTo) {
                    cpu = serverThreadsCpuNanos() - cpuBefore;
                }
                if (!measuring && now >= measureFrom) {
                    measuring = true;
                    measureFrom = now;
                    cpuBefore = serverThreadsCpuNanos();
                }
                for (SelectionKey key : selector.selectedKeys()) {
                    Client client = (Client) key.attachment();
                    if (key.isValid() && key.isWritable()) {
                        client.write();
                    }
                    if (!key.isValid() || !key.isReadable()) {
                        continue;
                    }
                    int status = client.read();
                    if (status == CLOSED_BETWEEN_ANSWERS) {
                        client.close();
                        client.open(selector);
                        client.send(requests.request(client.index, client.sent - 1));
                        continue;
                    }
                    if (status == 0) {
                        continue;
                    }
                    long end = System.nanoTime();
                    if (measuring && end < measureTo) {
                        if (counts[client.index] == latencies[client.index].length) {
                            latencies[client.index] = Arrays.copyOf(latencies[client.index], 2 * counts[client.index]);
                        }
                        latencies[client.index][counts[client.index]++] = end - client.startedAt;
                        if (status != expected) {
                            unexpected++;
                        }
                    }
                    if (end >= measureTo) {
                        inFlight--;
                        continue;
                    }
                    if (client.mustReconnect) {
                        client.close();
                        client.open(selector);
                    }
                    client.send(requests.request(client.index, client.sent++));
                }
                selector.selectedKeys().clear();
            }
            if (cpu < 0) {
                cpu = serverThreadsCpuNanos() - cpuBefore;
            }
            double seconds = (measureTo - measureFrom) / 1e9;
            for (Client client : clients) {
                client.close();
            }
            long total = 0;
            for (int count : counts) {
                total += count;
            }
            long[] all = new long[(int) total];
            int at = 0;
            for (int c = 0; c < connections; c++) {
                System.arraycopy(latencies[c], 0, all, at, counts[c]);
                at += counts[c];
            }
            Arrays.sort(all);
            return new Result(unexpected, seconds, total / seconds, cpu, all);
        }
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

    /** One keep-alive connection and the answer it is reading. */
    private final class Client {
        final int index;
        long sent;
        long startedAt;
        boolean mustReconnect;
        private SocketChannel channel;
        private SelectionKey key;
        private ByteBuffer out;
        private final ByteBuffer chunk = ByteBuffer.allocate(64 * 1024);
        private byte[] in = new byte[16 * 1024];
        private int length;

        Client(int index) {
            this.index = index;
        }

        void open(Selector selector) throws IOException {
            channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", port));
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.configureBlocking(false);
            key = channel.register(selector, SelectionKey.OP_READ, this);
            mustReconnect = false;
            length = 0;
        }

        void send(byte[] request) throws IOException {
            startedAt = System.nanoTime();
            out = ByteBuffer.wrap(request);
            write();
        }

        void write() throws IOException {
            channel.write(out);
            key.interestOps(out.hasRemaining() ? SelectionKey.OP_READ | SelectionKey.OP_WRITE : SelectionKey.OP_READ);
        }

        /** Reads what has arrived: the answer's status once it is complete, 0 while it is not. */
        int read() throws IOException {
            chunk.clear();
            int n = channel.read(chunk);
            if (n < 0 && length == 0) {
                return CLOSED_BETWEEN_ANSWERS;
            }
            if (n < 0) {
                throw new IOException("the server closed connection " + index + " in the middle of an answer");
            }
            if (length + n > in.length) {
                in = Arrays.copyOf(in, Math.max(in.length * 2, length + n));
            }
            System.arraycopy(chunk.array(), 0, in, length, n);
            length += n;
            int status = complete();
            if (status != 0) {
                length = 0;
            }
            return status;
        }

        /** The status when {@code in} holds a whole answer (length or chunked body), otherwise 0. */
        private int complete() {
            int headEnd = indexOf(in, 0, length, HEAD_END);
            if (headEnd < 0) {
                return 0;
            }
            String head = new String(in, 0, headEnd, StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(head.substring(9, 12));
            long contentLength = 0;
            boolean chunked = false;
            for (String header : head.split("\r\n")) {
                int colon = header.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> contentLength = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> mustReconnect = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            int at = headEnd + 4;
            if (!chunked) {
                return length >= at + contentLength ? status : 0;
            }
            while (true) {
                int lineEnd = indexOf(in, at, length, LINE_END);
                if (lineEnd < 0) {
                    return 0;
                }
                String size = new String(in, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
                long chunkSize = Long.parseLong(size, 16);
                at = lineEnd + 2;
                if (chunkSize == 0) {
                    return indexOf(in, at, length, LINE_END) >= 0 ? status : 0;
                }
                at += (int) chunkSize + 2;
                if (at > length) {
                    return 0;
                }
            }
        }

        void close() throws IOException {
            key.cancel();
            channel.close();
        }
    }

    private static int indexOf(byte[] bytes, int from, int to, byte[] target) {
        outer:
        for (int i = from; i <= to - target.length; i++) {
            for (int j = 0; j < target.length; j++) {
                if (bytes[i + j] != target[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
