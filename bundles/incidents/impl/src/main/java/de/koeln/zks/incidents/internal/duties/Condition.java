package de.koeln.zks.incidents.internal.duties;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

import de.koeln.zks.incidents.api.IncidentInput;
import de.koeln.zks.incidents.api.IncidentKind;

/**
 * When a duty applies: a small boolean language over an incident's fields, so that the city can change the rules
 * in a configuration file instead of in code.
 *
 * <pre>
 * expr := term ('|' term)*
 * term := atom ('&amp;' atom)*
 * atom := numberField op int | 'kind' ('=' | '!=') KIND (',' KIND)* | flag | '!' flag
 * </pre>
 *
 * <ul>
 * <li>number fields: {@code level, incapacityDays, personsHarmed, witnessCount} with {@code >= > <= < = !=};
 * a missing value counts as 0;</li>
 * <li>{@code kind=A,B} means "one of", {@code kind!=A,B} "none of"; a missing kind is none of them;</li>
 * <li>flags: {@code policeCalled, criminalComplaintFiled, houseBanImposed, firstAidGiven, aftercareOffered,
 * accidentReportDue}; a missing value counts as false.</li>
 * </ul>
 * {@code &} binds tighter than {@code |}; there are no parentheses (a rule that needs them is written as
 * several {@code |}-joined terms). Whitespace is free. Names are case-sensitive.
 *
 * <p>The text is parsed once into an immutable tree; {@link #toString()} gives it back in canonical form
 * (single spaces around {@code &} and {@code |}, none inside an atom, kinds in declaration order without
 * duplicates), and two conditions are equal when their canonical forms are.
 */
public final class Condition {

    private static final List<String> NUMBER_FIELDS = List.of("level", "incapacityDays", "personsHarmed",
            "witnessCount");
    private static final List<String> FLAGS = List.of("policeCalled", "criminalComplaintFiled",
            "houseBanImposed", "firstAidGiven", "aftercareOffered", "accidentReportDue");
    private static final String KIND = "kind";
    private static final String OPERATORS = ">=, >, <=, <, =, !=";

    private final Node root;
    private final String canonical;

    private Condition(Node root) {
        this.root = root;
        this.canonical = root.toString();
    }

    /**
     * Parses a condition.
     *
     * @throws IllegalArgumentException naming the offending token and its position (counted from 0), e.g.
     *         {@code unknown field 'incapacity' at 0}
     */
    public static Condition parse(String text) {
        Objects.requireNonNull(text, "text");
        return new Condition(new Parser(text).parse());
    }

    /** Whether the incident satisfies this condition. */
    public boolean test(IncidentInput incident) {
        Objects.requireNonNull(incident, "incident");
        return root.test(incident);
    }

    /** The canonical text; parsing it gives an equal condition. */
    @Override
    public String toString() {
        return canonical;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Condition other && canonical.equals(other.canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    /** The yes/no fields a condition (and a rule's {@code doneWhen}) may name. */
    static List<String> flags() {
        return FLAGS;
    }

    static boolean isFlag(String name) {
        return FLAGS.contains(name);
    }

    /** The value of a yes/no field, missing meaning false. */
    static boolean flag(String name, IncidentInput incident) {
        Boolean value = switch (name) {
            case "policeCalled" -> incident.policeCalled;
            case "criminalComplaintFiled" -> incident.criminalComplaintFiled;
            case "houseBanImposed" -> incident.houseBanImposed;
            case "firstAidGiven" -> incident.firstAidGiven;
            case "aftercareOffered" -> incident.aftercareOffered;
            case "accidentReportDue" -> incident.accidentReportDue;
            default -> throw new IllegalArgumentException("unknown flag '" + name + "'");
        };
        return Boolean.TRUE.equals(value);
    }

    private static int number(String name, IncidentInput incident) {
        Integer value = switch (name) {
            case "level" -> incident.level;
            case "incapacityDays" -> incident.incapacityDays;
            case "personsHarmed" -> incident.personsHarmed;
            case "witnessCount" -> incident.witnessCount;
            default -> throw new IllegalArgumentException("unknown number field '" + name + "'");
        };
        return value == null ? 0 : value;
    }

    // ---------------------------------------------------------------------------------------------- tree

    private sealed interface Node permits AnyOf, AllOf, Compare, KindIn, Flag {
        boolean test(IncidentInput incident);
    }

    /** Terms joined by {@code |}. */
    private record AnyOf(List<Node> terms) implements Node {
        public boolean test(IncidentInput incident) {
            return terms.stream().anyMatch(t -> t.test(incident));
        }

        @Override
        public String toString() {
            return terms.stream().map(Node::toString).collect(Collectors.joining(" | "));
        }
    }

    /** Atoms joined by {@code &}. */
    private record AllOf(List<Node> atoms) implements Node {
        public boolean test(IncidentInput incident) {
            return atoms.stream().allMatch(a -> a.test(incident));
        }

        @Override
        public String toString() {
            return atoms.stream().map(Node::toString).collect(Collectors.joining(" & "));
        }
    }

    private enum Op {
        GE(">=", c -> c >= 0), GT(">", c -> c > 0), LE("<=", c -> c <= 0), LT("<", c -> c < 0),
        EQ("=", c -> c == 0), NE("!=", c -> c != 0);

        final String symbol;
        final IntPredicate onComparison;

        Op(String symbol, IntPredicate onComparison) {
            this.symbol = symbol;
            this.onComparison = onComparison;
        }

        static Op of(String symbol) {
            return Arrays.stream(values()).filter(o -> o.symbol.equals(symbol)).findFirst().orElse(null);
        }
    }

    private record Compare(String field, Op op, int value) implements Node {
        public boolean test(IncidentInput incident) {
            return op.onComparison.test(Integer.compare(number(field, incident), value));
        }

        @Override
        public String toString() {
            return field + op.symbol + value;
        }
    }

    private record KindIn(Set<IncidentKind> kinds, boolean negated) implements Node {
        public boolean test(IncidentInput incident) {
            boolean in = incident.kind != null && kinds.contains(incident.kind);
            return in != negated;
        }

        @Override
        public String toString() {
            return KIND + (negated ? "!=" : "=")
                    + kinds.stream().map(Enum::name).collect(Collectors.joining(","));
        }
    }

    private record Flag(String name, boolean negated) implements Node {
        public boolean test(IncidentInput incident) {
            return flag(name, incident) != negated;
        }

        @Override
        public String toString() {
            return (negated ? "!" : "") + name;
        }
    }

    // -------------------------------------------------------------------------------------------- parser

    private enum Type { WORD, OP, NOT, AND, OR, COMMA, PAREN, END }

    /** Characters that end a word. */
    private static final String SYMBOLS = "><!=&|,()";

    private record Token(Type type, String text, int pos) {
        String describe() {
            return type == Type.END ? "end of input" : "'" + text + "'";
        }
    }

    /** Recursive descent over a token list; every error names the token and its position. */
    private static final class Parser {
        private final String text;
        private final List<Token> tokens;
        private int next;

        Parser(String text) {
            this.text = text;
            this.tokens = tokenize(text);
        }

        Node parse() {
            if (text.isBlank()) {
                throw new IllegalArgumentException("empty condition");
            }
            List<Node> terms = new ArrayList<>();
            terms.add(term(null));
            while (peek().type == Type.OR) {
                terms.add(term(take()));
            }
            Token t = peek();
            if (t.type != Type.END) {
                throw error("expected '&' or '|' but found " + t.describe(), t);
            }
            return terms.size() == 1 ? terms.get(0) : new AnyOf(List.copyOf(terms));
        }

        private Node term(Token before) {
            List<Node> atoms = new ArrayList<>();
            atoms.add(atom(before));
            while (peek().type == Type.AND) {
                atoms.add(atom(take()));
            }
            return atoms.size() == 1 ? atoms.get(0) : new AllOf(List.copyOf(atoms));
        }

        /** @param before the {@code &} or {@code |} in front of this atom, null at the start */
        private Node atom(Token before) {
            Token t = take();
            switch (t.type) {
                case NOT:
                    return negatedFlag(t);
                case WORD:
                    break;
                case AND:
                case OR:
                    throw error("empty term: missing condition before " + t.describe(), t);
                case END:
                    throw error("missing condition after " + before.describe(), before);
                case PAREN:
                    throw error("parentheses are not supported: " + t.describe(), t);
                default:
                    throw error("expected a field or flag but found " + t.describe(), t);
            }
            String name = t.text;
            if (isFlag(name)) {
                Token o = peek();
                if (o.type == Type.OP) {
                    throw error("flag '" + name + "' takes no comparison (write " + name + " or !" + name
                            + ") but found " + o.describe(), o);
                }
                return new Flag(name, false);
            }
            if (NUMBER_FIELDS.contains(name)) {
                Op op = operator(t, OPERATORS);
                Token v = take();
                if (v.type != Type.WORD) {
                    throw error("expected a whole number after '" + op.symbol + "' but found " + v.describe(), v);
                }
                try {
                    return new Compare(name, op, Integer.parseInt(v.text));
                } catch (NumberFormatException e) {
                    throw error("bad number " + v.describe() + " (expected a whole number)", v);
                }
            }
            if (KIND.equals(name)) {
                return kinds(t);
            }
            throw error("unknown field '" + name + "'", t);
        }

        private Node negatedFlag(Token not) {
            Token f = take();
            if (f.type == Type.WORD && isFlag(f.text)) {
                return new Flag(f.text, true);
            }
            if (f.type == Type.END) {
                throw error("missing flag after '!'", not);
            }
            throw error("'!' only negates a flag (one of " + String.join(", ", FLAGS) + ") but found "
                    + f.describe(), f);
        }

        private Op operator(Token field, String allowed) {
            Token o = take();
            if (o.type != Type.OP) {
                throw error("expected an operator (" + allowed + ") after '" + field.text + "' but found "
                        + o.describe(), o);
            }
            return Op.of(o.text);
        }

        private Node kinds(Token field) {
            Token o = peek();
            Op op = operator(field, "=, !=");
            if (op != Op.EQ && op != Op.NE) {
                throw error("operator '" + op.symbol + "' not allowed for kind (use = or !=)", o);
            }
            Set<IncidentKind> kinds = EnumSet.noneOf(IncidentKind.class);
            Token before = o;
            while (true) {
                Token k = take();
                if (k.type != Type.WORD) {
                    throw error("expected a kind after " + before.describe() + " but found " + k.describe(), k);
                }
                kinds.add(kind(k));
                if (peek().type != Type.COMMA) {
                    break;
                }
                before = take();
            }
            return new KindIn(kinds, op == Op.NE);
        }

        private IncidentKind kind(Token k) {
            try {
                return IncidentKind.valueOf(k.text);
            } catch (IllegalArgumentException e) {
                throw error("unknown kind " + k.describe() + " (expected one of "
                        + Arrays.stream(IncidentKind.values()).map(Enum::name).collect(Collectors.joining(", "))
                        + ")", k);
            }
        }

        private Token peek() {
            return tokens.get(next);
        }

        private Token take() {
            Token t = tokens.get(next);
            if (t.type != Type.END) {
                next++;
            }
            return t;
        }

        private static IllegalArgumentException error(String message, Token at) {
            return new IllegalArgumentException(message + " at " + at.pos);
        }

        private static List<Token> tokenize(String text) {
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            int n = text.length();
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    i++;
                } else if (c == '>' || c == '<' || c == '!' || c == '=') {
                    boolean withEq = c != '=' && i + 1 < n && text.charAt(i + 1) == '=';
                    String symbol = withEq ? c + "=" : String.valueOf(c);
                    tokens.add(new Token(symbol.equals("!") ? Type.NOT : Type.OP, symbol, i));
                    i += symbol.length();
                } else if (c == '&' || c == '|' || c == ',' || c == '(' || c == ')') {
                    Type type = switch (c) {
                        case '&' -> Type.AND;
                        case '|' -> Type.OR;
                        case ',' -> Type.COMMA;
                        default -> Type.PAREN;
                    };
                    tokens.add(new Token(type, String.valueOf(c), i));
                    i++;
                } else {
                    int start = i;
                    while (i < n && !Character.isWhitespace(text.charAt(i)) && SYMBOLS.indexOf(text.charAt(i)) < 0) {
                        i++;
                    }
                    tokens.add(new Token(Type.WORD, text.substring(start, i), start));
                }
            }
            tokens.add(new Token(Type.END, "", n));
            return tokens;
        }
    }
}
