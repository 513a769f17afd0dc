package dev.kalshisim.sim.engine;

import dev.kalshisim.sim.engine.config.SelfTradeScope;
import dev.kalshisim.sim.engine.ledger.AccountBalance;
import dev.kalshisim.sim.engine.order.CancelResult;
import dev.kalshisim.sim.engine.result.EngineResult;
import dev.kalshisim.sim.engine.subaccount.CashTransfer;
import dev.kalshisim.sim.engine.subaccount.PositionTransfer;
import dev.kalshisim.sim.engine.subaccount.AppliedTransfer;
import dev.kalshisim.sim.engine.subaccount.SubaccountView;
import java.util.List;

/**
 * Members' subaccounts: numbered ledgers (1-63) beside the primary one (0), each with its own cash,
 * positions and collateral. Orders name their ledger with {@code PlaceOrder.subaccount}; every call
 * that names no subaccount means the primary.
 */
public interface Subaccounts {

    /** Opens the member's next numbered subaccount, empty. */
    EngineResult<SubaccountView> createSubaccount(String memberId);

    /** The member's ledgers, primary first. */
    EngineResult<List<SubaccountView>> subaccounts(String memberId);

    /** The balance of one of the member's ledgers. */
    EngineResult<AccountBalance> balance(String memberId, int subaccount);

    /** Moves cash between two of the member's ledgers. */
    EngineResult<AppliedTransfer> transferCash(CashTransfer command);

    /** Moves part of a position between two of the member's ledgers, priced as a fee-free trade. */
    EngineResult<AppliedTransfer> transferPosition(PositionTransfer command);

    /** The member's cash and position transfers, newest first. */
    List<AppliedTransfer> subaccountTransfers(String memberId);

    /** Records a ledger's netting setting. */
    EngineResult<SubaccountView> setNetting(String memberId, int subaccount, boolean enabled);

    /** Locks a ledger for settlement advance (its resting orders are canceled); returns the new state token. */
    EngineResult<String> lockForSettlementAdvance(String memberId, int subaccount);

    /** Unlocks a ledger locked for settlement advance. */
    EngineResult<SubaccountView> unlockForSettlementAdvance(String memberId, int subaccount);

    /**
     * Cancels the member's resting orders, in one market if {@code ticker} is not null and of one
     * subaccount if {@code subaccount} is not null (Kalshi's cancel-all takes every subaccount when
     * it names none).
     */
    List<CancelResult> cancelAll(String memberId, String ticker, Integer subaccount);

    /** Which orders self-trade prevention treats as one trader's. */
    SelfTradeScope selfTradeScope();

    void setSelfTradeScope(SelfTradeScope scope);
}
