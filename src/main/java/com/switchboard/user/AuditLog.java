package com.switchboard.user;

import com.switchboard.security.CurrentUser;
import com.switchboard.security.Role;
import com.switchboard.security.SignedInUser;
import java.io.IOException;
import java.io.Writer;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the authentication audit: administrators see every row, managers the rows about the users
 * they manage ({@link UserScope}), nobody else any. Newest first; CSV export of the same rows.
 */
@Service
public class AuditLog {

    private static final int EXPORT_PAGE = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final UserDirectory directory;

    AuditLog(NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, UserDirectory directory) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> list(AuditFilter filter, long offset, int limit) {
        Where where = where(filter);
        if (where == null) {
            return List.of();
        }
        where.params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query("SELECT id, occurred_at, event, reason, actor, target_user, client_ip, user_agent, channel,"
                + " detail FROM auth_audit WHERE " + where.sql + " ORDER BY occurred_at DESC, id DESC"
                + " LIMIT :limit OFFSET :offset", where.params, (rs, i) -> new AuditEntry(rs.getLong(1),
                        rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        Where where = where(filter);
        if (where == null) {
            return 0;
        }
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM auth_audit WHERE " + where.sql, where.params, Long.class);
        return n == null ? 0 : n;
    }

    /** The rows that pass the filter as CSV (RFC 4180, a header row first, times in UTC). */
    @Transactional(readOnly = true)
    public void exportCsv(AuditFilter filter, Writer out) throws IOException {
        out.write("occurredAt,event,reason,actor,targetUser,clientIp,userAgent,channel,detail\r\n");
        for (long offset = 0;; offset += EXPORT_PAGE) {
            List<AuditEntry> page = list(filter, offset, EXPORT_PAGE);
            for (AuditEntry e : page) {
                out.write(String.join(",", csv(e.occurredAt().toString()), csv(e.event()), csv(e.reason()),
                        csv(e.actor()), csv(e.targetUser()), csv(e.clientIp()), csv(e.userAgent()), csv(e.channel()),
                        csv(e.detail())) + "\r\n");
            }
            if (page.size() < EXPORT_PAGE) {
                return;
            }
        }
    }

    /** A CSV field, quoted when needed; a leading = + - @ is defused so spreadsheets do not run it. */
    static String csv(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    private record Where(String sql, MapSqlParameterSource params) {}

    private Where where(AuditFilter filter) {
        SignedInUser actor = currentUser.require();
        if (actor.role() == Role.Customer) {
            throw new AccessDeniedException("The audit log is for administrators and managers");
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder sql = new StringBuilder("1 = 1");
        Set<String> visible = directory.manageableUsernames(actor);
        if (visible != null) {
            if (visible.isEmpty()) {
                return null;
            }
            sql.append(" AND target_user IN (:visible)");
            params.addValue("visible", visible);
        }
        if (filter.user() != null && !filter.user().isBlank()) {
            sql.append(" AND (LOWER(target_user) LIKE :user ESCAPE '\\' OR LOWER(actor) LIKE :user ESCAPE '\\')");
            params.addValue("user", "%" + filter.user().strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.event() != null) {
            sql.append(" AND event = :event");
            params.addValue("event", filter.event().name());
        }
        if (filter.from() != null) {
            sql.append(" AND occurred_at >= :from");
            params.addValue("from", Timestamp.from(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND occurred_at < :to");
            params.addValue("to", Timestamp.from(filter.to()));
        }
        return new Where(sql.toString(), params);
    }
}
