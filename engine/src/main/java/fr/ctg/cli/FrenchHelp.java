package fr.ctg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Picocli's help, wrapped the French way: lines break at spaces only. Picocli's own line breaking (the JDK's
 * {@code BreakIterator}) also breaks after an apostrophe ({@code l’|analyse}), inside {@code convention.|yaml} and before
 * a colon; a no-break space (« défaut : texte ») never breaks.
 */
final class FrenchHelp extends Help {

    static final CommandLine.IHelpFactory FACTORY = FrenchHelp::new;

    private FrenchHelp(CommandSpec spec, ColorScheme colorScheme) {
        super(spec, colorScheme);
    }

    @Override
    public String description(Object... params) {
        TextTable table = new FrenchTable(colorScheme(), new Column[] {new Column(commandSpec().usageMessage().width(), 0, Column.Overflow.WRAP)});
        table.indentWrappedLines = 0;
        for (String line : commandSpec().usageMessage().description()) {
            table.addRowValues(line);
        }
        return table.toString();
    }

    /** Picocli's list of the subcommands, in the same two columns, its descriptions wrapped at spaces only. */
    @Override
    public String commandList(Map<String, Help> subcommands) {
        if (subcommands.isEmpty()) {
            return "";
        }
        int namesWidth = subcommands.values().stream().mapToInt(help -> help.commandNamesText(", ").plainString().length()).max().orElse(0) + 2;
        TextTable table = new FrenchTable(colorScheme(), new Column[] {new Column(namesWidth, 2, Column.Overflow.SPAN),
                new Column(commandSpec().usageMessage().width() - namesWidth, 2, Column.Overflow.WRAP)});
        for (Help help : subcommands.values()) {
            CommandLine.Model.UsageMessageSpec usage = help.commandSpec().usageMessage();
            String[] summary = usage.header().length > 0 ? usage.header() : usage.description();
            table.addRowValues(help.commandNamesText(", "), colorScheme().text(summary.length > 0 ? summary[0] : ""));
        }
        return table.toString();
    }

    @Override
    public Layout createDefaultLayout() {
        return french(super.createDefaultLayout());
    }

    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals, ColorScheme colorScheme) {
        return french(super.createDefaultLayout(options, positionals, colorScheme));
    }

    @Override
    public TextTable createTextTable(Map<?, ?> map) {
        return FrenchTable.copyOf(colorScheme(), super.createTextTable(map));
    }

    private Layout french(Layout layout) {
        return new Layout(layout.colorScheme(), FrenchTable.copyOf(layout.colorScheme(), layout.textTable()), layout.optionRenderer(),
                layout.parameterRenderer());
    }

    /** A table whose wrapped columns break lines at spaces only. */
    static final class FrenchTable extends TextTable {

        private final ColorScheme colorScheme;

        FrenchTable(ColorScheme colorScheme, Column[] columns) {
            super(colorScheme, columns);
            this.colorScheme = colorScheme;
        }

        static FrenchTable copyOf(ColorScheme colorScheme, TextTable table) {
            FrenchTable copy = new FrenchTable(colorScheme, table.columns());
            copy.indentWrappedLines = table.indentWrappedLines;
            return copy;
        }

        @Override
        public Cell putValue(int row, int col, Text value) {
            Column column = columns()[col];
            String plain = value.plainString();
            if (column.overflow != Column.Overflow.WRAP || column.indent + plain.length() <= column.width) {
                return super.putValue(row, col, value);
            }
            Cell cell = null;
            List<int[]> lines = lines(plain, column.width - column.indent, column.width - column.indent - indentWrappedLines);
            for (int i = 0; i < lines.size(); i++) {
                while (rowCount() <= row + i) {
                    addEmptyRow();
                }
                Text line = value.substring(lines.get(i)[0], lines.get(i)[1]);
                cell = super.putValue(row + i, col, i == 0 ? line : colorScheme.text(" ".repeat(indentWrappedLines)).concat(line));
            }
            return cell;
        }

        /**
         * Where each line of the text starts and ends, the spaces between lines left out: as many words as fit, broken at
         * a space (U+0020) only, never before « : ; ! ? » » nor after « « »; a word longer than a whole line is cut.
         */
        static List<int[]> lines(String text, int firstWidth, int nextWidth) {
            List<int[]> lines = new ArrayList<>();
            int start = 0;
            while (start < text.length()) {
                int width = Math.max(1, lines.isEmpty() ? firstWidth : nextWidth);
                if (text.length() - start <= width) {
                    lines.add(new int[] {start, text.length()});
                    break;
                }
                // as picocli: a line that goes on keeps room for the space after its last word
                int end = start + width - 1;
                while (end > start && !breaksAt(text, end)) {
                    end--;
                }
                if (end <= start) {
                    end = start + width;
                    lines.add(new int[] {start, end});
                    start = end;
                } else {
                    lines.add(new int[] {start, end});
                    start = end + 1;
                }
                while (start < text.length() && text.charAt(start) == ' ') {
                    start++;
                }
            }
            return lines;
        }

        private static boolean breaksAt(String text, int index) {
            return text.charAt(index) == ' ' && (index + 1 >= text.length() || ":;!?»".indexOf(text.charAt(index + 1)) < 0)
                    && (index == 0 || text.charAt(index - 1) != '«');
        }
    }
}
