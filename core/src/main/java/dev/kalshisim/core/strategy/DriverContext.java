package dev.kalshisim.core.strategy;

import dev.kalshisim.core.model.Count;
import dev.kalshisim.core.model.Money;
import dev.kalshisim.core.model.Price;
import dev.kalshisim.core.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@link StrategyContext} a {@link StrategyDriver} hands its strategy: commands out, bookkeeping in. */
final class DriverContext implements StrategyContext {

    private final StrategyDriver driver;
    private final StrategyParameters parameters;
    private final StrategyRuntime runtime;
    private final OrderTracker orders;
    private final Map<String, BookView> books;
    private final TimerRegistry timers;

    DriverContext(StrategyDriver driver, StrategyParameters parameters, StrategyRuntime runtime, OrderTracker orders,
            Map<String, BookView> books, TimerRegistry timers) {
        this.driver = driver;
        this.parameters = parameters;
        this.runtime = runtime;
        this.orders = orders;
        this.books = books;
        this.timers = timers;
    }

    @Override
    public Clock clock() {
        return runtime.clock();
    }

    @Override
    public StrategyParameters parameters() {
        return parameters;
    }

    @Override
    public String submit(OrderRequest request) {
        driver.checkCommandsAllowed();
        OrderRequest named = track(request);
        runtime.send(new SubmitOrder(now(), named));
        return named.clientOrderId();
    }

    @Override
    public List<String> submitBatch(List<OrderRequest> requests) {
        driver.checkCommandsAllowed();
        if (requests.isEmpty()) {
            return List.of();
        }
        List<OrderRequest> named = new ArrayList<>(requests.size());
        List<String> ids = new ArrayList<>(requests.size());
        for (OrderRequest request : requests) {
            OrderRequest withId = withClientOrderId(request);
            if (ids.contains(withId.clientOrderId()) || orders.find(withId.clientOrderId()) != null) {
                // Checked before tracking any, so a refused batch leaves no half-tracked orders.
                throw new IllegalArgumentException("client order id " + withId.clientOrderId() + " is already in use");
            }
            named.add(withId);
            ids.add(withId.clientOrderId());
        }
        named.forEach(orders::submitted);
        runtime.send(new SubmitBatch(now(), named));
        return List.copyOf(ids);
    }

    @Override
    public boolean cancel(String orderIdOrClientOrderId) {
        driver.checkCommandsAllowed();
        OpenOrder order = orders.find(orderIdOrClientOrderId);
        if (order == null) {
            return false;
        }
        orders.cancelRequested(order);
        runtime.send(new CancelOrder(now(), order.id(), order.ticker()));
        return true;
    }

    @Override
    public boolean amend(String orderIdOrClientOrderId, Price yesPrice, Count totalCount) {
        driver.checkCommandsAllowed();
        OpenOrder order = orders.find(orderIdOrClientOrderId);
        if (order == null) {
            return false;
        }
        runtime.send(new AmendOrder(now(), order.id(), order.ticker(), order.side(), yesPrice, totalCount));
        return true;
    }

    @Override
    public boolean decrease(String orderIdOrClientOrderId, Count reduceBy) {
        return sendDecrease(orderIdOrClientOrderId, reduceBy, null);
    }

    @Override
    public boolean decreaseTo(String orderIdOrClientOrderId, Count remaining) {
        return sendDecrease(orderIdOrClientOrderId, null, remaining);
    }

    @Override
    public int cancelAll(String ticker) {
        driver.checkCommandsAllowed();
        return cancelOpen(ticker);
    }

    @Override
    public BookView book(String ticker) {
        driver.checkThread();
        BookView book = books.get(ticker);
        return book != null ? book : BookView.empty(ticker);
    }

    @Override
    public Count position(String ticker) {
        driver.checkThread();
        return orders.position(ticker);
    }

    @Override
    public Money balance() {
        driver.checkThread();
        return runtime.balance();
    }

    @Override
    public List<OpenOrder> openOrders(String ticker) {
        driver.checkThread();
        return orders.open(ticker);
    }

    @Override
    public void scheduleTimer(String name, long atNanos) {
        driver.checkCommandsAllowed();
        timers.scheduleAt(name, atNanos);
    }

    @Override
    public void scheduleEvery(String name, long periodNanos) {
        driver.checkCommandsAllowed();
        timers.scheduleEvery(name, periodNanos);
    }

    @Override
    public boolean cancelTimer(String name) {
        driver.checkThread();
        return timers.cancel(name);
    }

    @Override
    public Set<String> markets() {
        driver.checkThread();
        return runtime.markets();
    }

    @Override
    public void subscribe(Collection<String> tickers) {
        driver.checkCommandsAllowed();
        Set<String> added = new LinkedHashSet<>();
        for (String ticker : tickers) {
            if (driver.addSubscription(ticker)) {
                added.add(ticker);
            }
        }
        if (!added.isEmpty()) {
            runtime.send(new SubscribeMarkets(now(), added));
        }
    }

    @Override
    public void requestBook(String ticker) {
        driver.checkCommandsAllowed();
        runtime.send(new RequestBook(now(), ticker));
    }

    @Override
    public void log(String message) {
        driver.checkThread();
        driver.log(message);
    }

    /** Cancels the open orders of {@code ticker} (all when null) not already being cancelled. */
    int cancelOpen(String ticker) {
        List<String> ids = new ArrayList<>();
        for (OpenOrder order : orders.open(ticker)) {
            if (order.isWorking()) {
                orders.cancelRequested(order);
                ids.add(order.id());
            }
        }
        if (!ids.isEmpty()) {
            runtime.send(new CancelAllOrders(now(), ticker, ids));
        }
        return ids.size();
    }

    private boolean sendDecrease(String id, Count reduceBy, Count reduceTo) {
        driver.checkCommandsAllowed();
        OpenOrder order = orders.find(id);
        if (order == null) {
            return false;
        }
        runtime.send(new DecreaseOrder(now(), order.id(), order.ticker(), reduceBy, reduceTo));
        return true;
    }

    private OrderRequest track(OrderRequest request) {
        OrderRequest named = withClientOrderId(request);
        orders.submitted(named);
        return named;
    }

    private OrderRequest withClientOrderId(OrderRequest request) {
        return request.clientOrderId() != null ? request : request.withClientOrderId(driver.nextClientOrderId());
    }

    private long now() {
        return runtime.clock().nowNanos();
    }
}
