package com.switchboard.customer;

import com.switchboard.base.domain.PageResult;
import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customers a user may see, as CSV. */
@Service
@Transactional(readOnly = true)
public class CustomerExport {

    private final CustomerDirectory directory;

    CustomerExport(CustomerDirectory directory) {
        this.directory = directory;
    }

    /**
     * Writes the customers that pass {@code filter} as CSV (RFC 4180, a header row first), reading
     * a page at a time. Cells that a spreadsheet would take for a formula are defused with a quote.
     */
    public void exportCsv(CustomerFilter filter, CustomerSort sort, Writer out) throws IOException {
        out.write("id,name,referenceId,account,parentCustomerId,path,tags,isStaging,dateCreated,dateLastModified,"
                + "lastModifiedBy\r\n");
        for (int page = 0; ; page++) {
            PageResult<CustomerDetails> result = directory.list(filter, sort, page, CustomerDirectory.MAX_PAGE_SIZE);
            for (CustomerDetails d : result.items()) {
                Customer c = d.customer();
                out.write(String.join(",", csv(c.getId()), csv(c.getName()), csv(c.getReferenceId()),
                        csv(d.accountName()), csv(c.getParentCustomerId()),
                        csv(d.breadcrumb().stream().map(CustomerDetails.Crumb::name).collect(Collectors.joining(" / "))),
                        csv(d.tags().stream().map(Tag::name).collect(Collectors.joining("; "))),
                        Boolean.toString(c.isStaging()), csv(c.getDateCreated().toString()),
                        csv(c.getDateLastModified().toString()), csv(c.getLastModifiedBy())));
                out.write("\r\n");
            }
            if (!result.hasMorePages()) {
                break;
            }
        }
        out.flush();
    }

    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
