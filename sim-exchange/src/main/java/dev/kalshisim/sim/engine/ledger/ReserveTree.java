package dev.kalshisim.sim.engine.ledger;



/**
 * One outcome side of a member's orders in one market, sorted cheapest first (price, then time
 * priority) with running sums, so the netting rule of {@link Collateral} costs O(log k) instead of
 * a sort of all k orders on every change.
 *
 * <p>A treap: a binary search tree on (price, priority) that is also a heap on a hash of the
 * priority, which keeps its depth O(log k) in expectation. Each node caches
 * its order's key, count and full cost as they were when inserted, because the order's own fields
 * change in place; callers re-insert an order after changing it (see {@link CollateralBook}).
 */
final class ReserveTree {

    /** An order's snapshot plus the sums over its subtree. */
    static final class Node {
        final HeldOrder order;
        final long priceUnits;
        final long priority;
        /** Remaining hundredths when inserted. */
        final long count;
        /** Reserve if none of it were covered: price x count plus the worst-case fee of count. */
        final long fullCost;
        private final long heapKey;
        private Node left;
        private Node right;
        private long subtreeCount;
        private long subtreeCost;

        Node(HeldOrder order, long fullCost) {
            this(order, order.priceUnits(), order.remainingCount(), fullCost);
        }

        /** A node for {@code order} as it would be at {@code priceUnits} with {@code count} remaining. */
        Node(HeldOrder order, long priceUnits, long count, long fullCost) {
            this.order = order;
            this.priceUnits = priceUnits;
            this.priority = order.priority();
            this.count = count;
            this.fullCost = fullCost;
            this.heapKey = mix(order.priority());
            recompute();
        }

        private void recompute() {
            subtreeCount = Math.addExact(count, Math.addExact(countOf(left), countOf(right)));
            subtreeCost = Math.addExact(fullCost, Math.addExact(costOf(left), costOf(right)));
        }

        /** Cheapest first, ties by time priority: the order {@link Collateral} credits in. */
        private boolean before(Node other) {
            return priceUnits != other.priceUnits ? priceUnits < other.priceUnits : priority < other.priority;
        }
    }

    /** Prices a partly covered order's uncovered remainder. */
    interface OpeningCost {
        long of(HeldOrder order, long priceUnits, long opening);
    }

    private Node root;
    /** The right part of the last {@link #split}, which returns the left one (no pair array per level). */
    private Node splitRight;

    void insert(Node node) {
        // A node may come back after a removal (see CollateralBook#requiredIfChanged): drop its old links.
        node.left = null;
        node.right = null;
        node.recompute();
        Node left = split(root, node);
        Node right = splitRight;
        splitRight = null;
        root = merge(merge(left, node), right);
    }

    void remove(Node node) {
        root = remove(root, node);
    }

    /** The remaining hundredths of every order in the tree. */
    long count() {
        return countOf(root);
    }

    /**
     * The reserve when {@code closingCredit} contracts are covered, cheapest orders first: covered
     * orders need nothing, the one order straddling the credit needs its uncovered part, the rest
     * their full cost. Walks one root-to-leaf path.
     */
    long required(long closingCredit, OpeningCost openingCost) {
        long total = costOf(root);
        long credit = closingCredit;
        // Full cost of the orders the credit covers entirely.
        long covered = 0;
        Node node = root;
        while (node != null && credit > 0) {
            long leftCount = countOf(node.left);
            if (credit < leftCount) {
                node = node.left;
                continue;
            }
            covered = Math.addExact(covered, costOf(node.left));
            credit -= leftCount;
            if (credit < node.count) {
                long opening = node.count - credit;
                long partial = openingCost.of(node.order, node.priceUnits, opening);
                return Math.addExact(Math.subtractExact(total, Math.addExact(covered, node.fullCost)), partial);
            }
            covered = Math.addExact(covered, node.fullCost);
            credit -= node.count;
            node = node.right;
        }
        return Math.subtractExact(total, covered);
    }

    /**
     * Splits {@code tree} into the nodes before {@code key}, returned, and the rest, left in
     * {@link #splitRight}.
     */
    private Node split(Node tree, Node key) {
        if (tree == null) {
            splitRight = null;
            return null;
        }
        if (tree.before(key)) {
            // tree and its left subtree go left; its right subtree splits, and the right part stays as it is.
            tree.right = split(tree.right, key);
            tree.recompute();
            return tree;
        }
        Node left = split(tree.left, key);
        tree.left = splitRight;
        tree.recompute();
        splitRight = tree;
        return left;
    }

    private static Node merge(Node a, Node b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a.heapKey >= b.heapKey) {
            a.right = merge(a.right, b);
            a.recompute();
            return a;
        }
        b.left = merge(a, b.left);
        b.recompute();
        return b;
    }

    private static Node remove(Node tree, Node node) {
        if (tree == null) {
            throw new IllegalStateException("order not in reserve tree: " + node.order);
        }
        if (tree == node) {
            return merge(tree.left, tree.right);
        }
        if (node.before(tree)) {
            tree.left = remove(tree.left, node);
        } else {
            tree.right = remove(tree.right, node);
        }
        tree.recompute();
        return tree;
    }

    private static long countOf(Node node) {
        return node == null ? 0 : node.subtreeCount;
    }

    private static long costOf(Node node) {
        return node == null ? 0 : node.subtreeCost;
    }

    /** SplitMix64's finalizer: spreads sequential priorities into well-mixed heap keys. */
    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
