package dev.deliberate.practice.math.check;

import dev.deliberate.practice.math.MessageRef;
import dev.deliberate.practice.math.expression.Equation;
import dev.deliberate.practice.math.expression.Expression;
import dev.deliberate.practice.math.expression.Literal;
import dev.deliberate.practice.math.expression.Negation;
import dev.deliberate.practice.math.expression.Operation;
import dev.deliberate.practice.math.expression.Operator;
import dev.deliberate.practice.math.number.Rational;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;


/**
 * A story's equation with the role each of its numbers plays ({@code 3x + 5 = 20}: 3 multiplies
 * x, 5 is added once, 20 is the total), and the wrong equations a learner could build from the
 * same story: {@link #variants(char)}.
 */
final class StoryEquation {

    /** What a number does in the story's equation. */
    enum Role {
        FACTOR, GROUPS, DIVISOR, ADDED, SUBTRACTED, ADDED_TO_EACH, SUBTRACTED_FROM_EACH, TOTAL;

        String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A wrong equation for the story, with the message that says what went where. */
    record Variant(Equation equation, String code, List<Object> details) {
    }

    private final Equation story;
    private final List<Rational> numbers = new ArrayList<>();
    private final List<Role> roles = new ArrayList<>();

    private StoryEquation(Equation story) {
        this.story = story;
        collect(story.left(), null, false, !story.leftForm().isConstant());
        collect(story.right(), null, false, !story.rightForm().isConstant());
    }

    static StoryEquation of(Equation story) {
        return new StoryEquation(story);
    }

    List<Rational> numbers() {
        return numbers;
    }

    /** The numbers written in a line, in order. */
    static List<Rational> numbersIn(Equation line) {
        List<Rational> found = new ArrayList<>();
        for (Expression side : List.of(line.left(), line.right())) {
            literals(side, found);
        }
        return found;
    }

    List<Variant> variants(char x) {
        List<Variant> variants = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            for (int j = i + 1; j < numbers.size(); j++) {
                if (!numbers.get(i).equals(numbers.get(j))) {
                    variants.add(new Variant(swapped(i, j), "story.swapped", List.of(Shown.number(numbers.get(i)),
                            role(i, x), Shown.number(numbers.get(j)), role(j, x))));
                }
            }
        }
        for (int i = 0; i < numbers.size(); i++) {
            int index = i;
            Role opposite = opposite(roles.get(i));
            if (opposite != null) {
                variants.add(new Variant(changed(index, StoryEquation::flip), "story.operation",
                        List.of(Shown.number(numbers.get(i)), StorySetUp.role(opposite, x), role(i, x))));
            }
            if (roles.get(i) != Role.TOTAL) {
                variants.add(new Variant(changed(index, StoryEquation::leftOut), "story.missing",
                        List.of(Shown.number(numbers.get(i)), role(i, x))));
            }
        }
        brackets(x, variants);
        return variants.stream().filter(variant -> !variant.equation().isEquivalentTo(story)).toList();
    }

    private MessageRef role(int index, char x) {
        return StorySetUp.role(roles.get(index), x);
    }

    private static Role opposite(Role role) {
        return switch (role) {
            case ADDED -> Role.SUBTRACTED;
            case SUBTRACTED -> Role.ADDED;
            case ADDED_TO_EACH -> Role.SUBTRACTED_FROM_EACH;
            case SUBTRACTED_FROM_EACH -> Role.ADDED_TO_EACH;
            default -> null;
        };
    }

    private void collect(Expression expression, Operation parent, boolean inBracket, boolean sideHasUnknown) {
        if (expression instanceof Literal literal) {
            numbers.add(literal.value());
            roles.add(roleOf(literal, parent, inBracket, sideHasUnknown));
        } else if (expression instanceof Negation negation) {
            collect(negation.operand(), parent, inBracket, sideHasUnknown);
        } else if (expression instanceof Operation operation) {
            boolean bracket = inBracket || operation.operator() == Operator.TIMES && isSum(operation.right());
            collect(operation.left(), operation, inBracket, sideHasUnknown);
            collect(operation.right(), operation, bracket, sideHasUnknown);
        }
    }

    private static Role roleOf(Literal literal, Operation parent, boolean inBracket, boolean sideHasUnknown) {
        if (!sideHasUnknown || parent == null) {
            return Role.TOTAL;
        }
        return switch (parent.operator()) {
            case TIMES -> isSum(parent.right()) || isSum(parent.left()) ? Role.GROUPS : Role.FACTOR;
            case DIVIDE -> Role.DIVISOR;
            case MINUS -> parent.right() == literal
                    ? inBracket ? Role.SUBTRACTED_FROM_EACH : Role.SUBTRACTED
                    : inBracket ? Role.ADDED_TO_EACH : Role.ADDED;
            default -> inBracket ? Role.ADDED_TO_EACH : Role.ADDED;
        };
    }

    private Equation swapped(int i, int j) {
        int[] index = {0};
        UnaryOperator<Expression> swap = node -> {
            if (!(node instanceof Literal)) {
                return node;
            }
            int at = index[0]++;
            return at == i ? Expression.of(numbers.get(j)) : at == j ? Expression.of(numbers.get(i)) : node;
        };
        return new Equation(map(story.left(), swap), map(story.right(), swap), story.unknown());
    }

    /** How to change the operation that holds a given number directly. */
    private interface Change {
        Expression apply(Operation node, boolean numberOnRight);
    }

    /** The story's equation with the operation that holds number {@code target} changed. */
    private Equation changed(int target, Change change) {
        int[] counter = {0};
        return new Equation(change(story.left(), target, change, counter), change(story.right(), target, change, counter),
                story.unknown());
    }

    private static Expression change(Expression node, int target, Change change, int[] counter) {
        if (node instanceof Literal) {
            counter[0]++;
            return node;
        }
        if (node instanceof Negation negation) {
            return new Negation(change(negation.operand(), target, change, counter));
        }
        if (!(node instanceof Operation operation)) {
            return node;
        }
        boolean onLeft = operation.left() instanceof Literal && counter[0] == target;
        Expression left = change(operation.left(), target, change, counter);
        boolean onRight = operation.right() instanceof Literal && counter[0] == target;
        Expression right = change(operation.right(), target, change, counter);
        Operation rebuilt = new Operation(operation.operator(), left, right);
        return onLeft || onRight ? change.apply(rebuilt, onRight) : rebuilt;
    }

    /** {@code a + b → a − b}, {@code a − b → a + b}, {@code b + a → a − b}. */
    private static Expression flip(Operation node, boolean numberOnRight) {
        Operator flipped = node.operator() == Operator.PLUS ? Operator.MINUS : Operator.PLUS;
        if (node.operator() != Operator.PLUS && node.operator() != Operator.MINUS) {
            return node;
        }
        return numberOnRight ? new Operation(flipped, node.left(), node.right())
                : new Operation(Operator.MINUS, node.right(), node.left());
    }

    private static Expression leftOut(Operation node, boolean numberOnRight) {
        return numberOnRight ? node.left() : node.right();
    }

    /** Brackets put in where the story adds once, or left out where it adds to each. */
    private void brackets(char x, List<Variant> variants) {
        for (boolean leftSide : new boolean[] {true, false}) {
            Expression side = leftSide ? story.left() : story.right();
            if (!(side instanceof Operation operation)) {
                continue;
            }
            Expression other = leftSide ? story.right() : story.left();
            if (operation.operator() == Operator.TIMES && operation.left() instanceof Literal groups
                    && operation.right() instanceof Operation sum && isSum(sum) && sum.right() instanceof Literal each) {
                Expression ungrouped = new Operation(sum.operator(), new Operation(Operator.TIMES, groups, sum.left()), each);
                variants.add(new Variant(sides(leftSide, ungrouped, other), "story.grouped",
                        List.of(Shown.number(groups.value()), Shown.number(each.value()))));
            }
            if (isSum(operation) && operation.right() instanceof Literal once && operation.left() instanceof Operation product
                    && product.operator() == Operator.TIMES && product.left() instanceof Literal factor) {
                Expression grouped = new Operation(Operator.TIMES, factor, new Operation(operation.operator(), product.right(), once));
                variants.add(new Variant(sides(leftSide, grouped, other), "story.not-grouped",
                        List.of(Shown.number(factor.value()), Shown.number(once.value()))));
            }
        }
    }

    private Equation sides(boolean leftSide, Expression changed, Expression other) {
        return leftSide ? new Equation(changed, other, story.unknown()) : new Equation(other, changed, story.unknown());
    }

    private static Expression map(Expression node, UnaryOperator<Expression> leaf) {
        if (node instanceof Operation operation) {
            return new Operation(operation.operator(), map(operation.left(), leaf), map(operation.right(), leaf));
        }
        if (node instanceof Negation negation) {
            return new Negation(map(negation.operand(), leaf));
        }
        return leaf.apply(node);
    }

    private static void literals(Expression node, List<Rational> found) {
        if (node instanceof Literal literal) {
            found.add(literal.value());
        } else if (node instanceof Negation negation) {
            literals(negation.operand(), found);
        } else if (node instanceof Operation operation) {
            literals(operation.left(), found);
            literals(operation.right(), found);
        }
    }

    private static boolean isSum(Expression expression) {
        return expression instanceof Operation operation
                && (operation.operator() == Operator.PLUS || operation.operator() == Operator.MINUS);
    }
}
