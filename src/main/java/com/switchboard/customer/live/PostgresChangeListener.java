package com.switchboard.customer.live;

import com.switchboard.customer.CustomerChanged;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the one connection per instance that {@code LISTEN}s on the change channel and hands
 * what arrives to the feed. It is opened next to the connection pool (so it never holds a pooled
 * connection) on a daemon thread that waits for notifications and, when the connection breaks,
 * reconnects with back-off (half a second, doubling to 30 s). Changes committed while it was away
 * are not replayed: the views show them on their next read.
 */
@Component
class PostgresChangeListener implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PostgresChangeListener.class);
    private static final int WAIT_MILLIS = 10_000;
    private static final Duration FIRST_RETRY = Duration.ofMillis(500);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final ChangeChannel channel;
    private final CustomerChangeFeed feed;
    private volatile Thread thread;
    private volatile Connection connection;
    private volatile boolean listening;

    PostgresChangeListener(ChangeChannel channel, CustomerChangeFeed feed) {
        this.channel = channel;
        this.feed = feed;
    }

    @Override
    public void start() {
        if (!channel.crossesInstances() || thread != null) {
            return;
        }
        String name = channel.name();
        Thread listener = new Thread(() -> listen(name), "customer-change-listener");
        listener.setDaemon(true);
        thread = listener;
        listener.start();
    }

    @Override
    public void stop() {
        Thread listener = thread;
        thread = null;
        if (listener != null) {
            listener.interrupt();
            closeQuietly(connection);
            try {
                listener.join(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }

    /** True while the listening connection is up and {@code LISTEN}ing. */
    boolean isListening() {
        return listening;
    }

    /** The application name the listening connection shows in {@code pg_stat_activity}. */
    String applicationName() {
        String name = "switchboard listen " + channel.name();
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    private void listen(String name) {
        Duration retry = FIRST_RETRY;
        while (thread == Thread.currentThread()) {
            try (Connection c = connect()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN \"" + name.replace("\"", "\"\"") + "\"");
                }
                listening = true;
                log.info("Listening for customer changes on channel {}", name);
                retry = FIRST_RETRY;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (thread == Thread.currentThread()) {
                    PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (thread != Thread.currentThread()) {
                    break;
                }
                log.warn("Listening for customer changes failed ({}); trying again in {} ms", e.getMessage(),
                        retry.toMillis());
            } finally {
                listening = false;
                connection = null;
            }
            if (!pause(retry)) {
                break;
            }
            retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
        }
    }

    private void deliver(String payload) {
        CustomerChanged change;
        try {
            change = channel.decode(payload);
        } catch (IllegalArgumentException e) {
            log.warn("Ignored a notification on the change channel: {}", e.getMessage());
            return;
        }
        feed.publish(change);
    }

    private Connection connect() throws SQLException {
        DataSourceProperties db = channel.dataSource();
        Properties properties = new Properties();
        if (db.determineUsername() != null) {
            properties.setProperty("user", db.determineUsername());
        }
        if (db.determinePassword() != null) {
            properties.setProperty("password", db.determinePassword());
        }
        properties.setProperty("ApplicationName", applicationName());
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(db.determineUrl(), properties);
    }

    private boolean pause(Duration retry) {
        try {
            Thread.sleep(retry.toMillis());
            return thread == Thread.currentThread();
        } catch (InterruptedException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                log.debug("Closing the listening connection: {}", e.getMessage());
            }
        }
    }
}
