package io.krmcp.output.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link TablePrinter#printedBytesAtLeast} is what lets {@code get} stop fetching pages: if it ever counted more
 * than the printer writes, rows the agent should see would be left unfetched.
 */
class TablePrinterBoundTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Table table() throws Exception {
        List<Table.Column> columns = List.of(Table.Column.always("Name"), Table.Column.always("Ready"),
                Table.Column.wide("Node"), Table.Column.always("Age"));
        return new Table(columns, List.of(
                row("web-0", "1/1", "node-a", "5m", "{\"metadata\":{\"namespace\":\"prod\",\"labels\":{\"app\":\"w\"}}}"),
                row("api-äöü-1", "0/1", "", "12d", "{\"metadata\":{\"namespace\":\"a\"}}"),
                row("x", "2/2", "node-bbbbbbbbbbbbbbbbbbb", "3h", "{}")));
    }

    private static Table.Row row(String name, String ready, String node, String age, String object) throws Exception {
        return new Table.Row(List.of(name, ready, node, age), JSON.readTree(object));
    }

    /** Every combination of what {@code get} can add: the bound stays at or below the bytes written. */
    @ParameterizedTest
    @CsvSource({
            "false,false,false,false,false", "true,false,false,false,false", "false,true,false,false,false",
            "false,false,true,false,false", "false,false,false,true,false", "false,false,false,false,true",
            "true,true,true,true,true", "false,true,true,true,false"})
    void neverCountsMoreThanIsPrinted(boolean wide, boolean noHeaders, boolean namespaces, boolean kind,
                                      boolean labels) throws Exception {
        Table table = table();
        String printed = new TablePrinter(new TablePrinter.Options(wide, noHeaders, namespaces, kind, labels,
                labels ? List.of("app") : List.of())).print(List.of(new TablePrinter.Section(table, "pod", true)));
        String header = noHeaders ? "" : printed.substring(0, printed.indexOf('\n') + 1);
        long rowBytes = printed.getBytes(StandardCharsets.UTF_8).length - header.getBytes(StandardCharsets.UTF_8).length;
        long bound = TablePrinter.printedBytesAtLeast(table, !noHeaders);
        assertTrue(bound <= rowBytes, bound + " > " + rowBytes + " for\n" + printed);
    }

    /** With nothing added, the count is the rows' exact length, padding included: a looser bound reads pages for nothing. */
    @ParameterizedTest
    @CsvSource({"false", "true"})
    void isExactForThePlainTable(boolean noHeaders) throws Exception {
        Table table = table();
        String printed = new TablePrinter(new TablePrinter.Options(false, noHeaders, false, false, false, List.of()))
                .print(List.of(new TablePrinter.Section(table, "pod", true)));
        String rows = noHeaders ? printed : printed.substring(printed.indexOf('\n') + 1);
        // "api-äöü-1" takes 12 bytes for its 9 code points: the count may fall short of UTF-8 by those 3 only
        assertEquals(rows.getBytes(StandardCharsets.UTF_8).length - 3,
                TablePrinter.printedBytesAtLeast(table, !noHeaders), printed);
    }
}
