package org.cadre.web.hiring;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cadre.domain.hiring.CandidateSource;
import org.cadre.services.common.ServiceException;
import org.cadre.services.hiring.BoardView;
import org.cadre.services.hiring.CandidateService;
import org.cadre.services.hiring.DuplicateCandidateException;
import org.cadre.services.hiring.PipelineService;
import org.cadre.services.hiring.RequisitionService;
import org.cadre.services.hiring.RequisitionView;
import org.cadre.web.portal.Messages;
import org.cadre.web.security.CallerContext;
import org.primefaces.PrimeFaces;
import org.primefaces.event.DragDropEvent;

/**
 * A requisition's page: its facts and workflow, and its pipeline board, a column per stage. A card
 * moves to the stage before or after by button, or to any stage by dragging it onto that column;
 * every move names the application's revision the board showed, so a move someone else made
 * meanwhile is never overwritten. New candidates are added from a form; one who looks like a known
 * candidate is offered instead.
 */
@Named
@ViewScoped
public class RequisitionBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Where a card and a column sit in the board's client ids: columns:2:cards:0. */
  private static final Pattern CARD = Pattern.compile(":columns:(\\d+):cards:(\\d+):");

  private static final Pattern COLUMN = Pattern.compile(":columns:(\\d+):");

  @Inject private RequisitionService requisitions;
  @Inject private PipelineService pipeline;
  @Inject private CandidateService candidates;
  @Inject private CallerContext callers;

  private long id;
  private BoardView board;
  private String cancelReason;
  private CandidateForm candidate = new CandidateForm();
  private Long duplicateId;
  private String duplicateText;

  public void load() {
    board = HiringActions.read(() -> pipeline.board(callers.caller(), id));
  }

  private void refresh() {
    board = pipeline.board(callers.caller(), id);
  }

  public void approve() {
    change(() -> requisitions.approve(callers.caller(), id, revision()), "requisition.approved");
  }

  public void open() {
    change(() -> requisitions.open(callers.caller(), id, revision()), "requisition.opened");
  }

  public void hold() {
    change(() -> requisitions.hold(callers.caller(), id, revision()), "requisition.held");
  }

  public void reopen() {
    change(() -> requisitions.reopen(callers.caller(), id, revision()), "requisition.reopened");
  }

  public void cancel() {
    if (change(
        () -> requisitions.cancel(callers.caller(), id, revision(), cancelReason),
        "requisition.cancelled")) {
      cancelReason = null;
    }
  }

  /** Moves the card one stage on (+1) or back (-1). */
  public void step(BoardView.Card card, int direction) {
    int to = indexOf(card.stage()) + direction;
    if (to >= 0 && to < board.columns().size()) {
      move(card, board.columns().get(to).stage());
    }
  }

  /** A card dropped onto a column moves to that column's stage. */
  public void onDrop(DragDropEvent<?> event) {
    Matcher card = CARD.matcher(event.getDragId() + ":");
    Matcher column = COLUMN.matcher(event.getDropId() + ":");
    if (!card.find() || !column.find()) {
      return;
    }
    BoardView.Column from = board.columns().get(Integer.parseInt(card.group(1)));
    BoardView.Column to = board.columns().get(Integer.parseInt(column.group(1)));
    if (from != to) {
      move(from.cards().get(Integer.parseInt(card.group(2))), to.stage());
    }
  }

  private void move(BoardView.Card card, String stage) {
    HiringActions.act(
        () -> pipeline.move(callers.caller(), card.applicationId(), stage, card.revision()),
        "application.moved",
        card.candidateName(),
        stage);
    refresh();
  }

  /** Adds a new candidate and applies them; a duplicate is offered instead. */
  public void addCandidate() {
    duplicateId = null;
    duplicateText = null;
    try {
      long candidateId = candidates.create(callers.caller(), candidate.command(), false).id();
      apply(candidateId);
    } catch (DuplicateCandidateException e) {
      duplicateId = e.candidateId();
      duplicateText = e.getMessage();
    } catch (ServiceException e) {
      Messages.errorText(e.getMessage());
    }
  }

  /** Applies the candidate the duplicate check found. */
  public void addDuplicate() {
    if (duplicateId != null) {
      apply(duplicateId);
      duplicateId = null;
      duplicateText = null;
    }
  }

  private void apply(long candidateId) {
    if (HiringActions.act(
        () -> pipeline.apply(callers.caller(), id, candidateId), "application.added")) {
      candidate = new CandidateForm();
      PrimeFaces.current().executeScript("PF('candidateDialog').hide()");
    }
    refresh();
  }

  private boolean change(Runnable action, String key) {
    boolean done = HiringActions.act(action, key, id);
    refresh();
    return done;
  }

  private Long revision() {
    return board.requisition().revision();
  }

  private int indexOf(String stage) {
    for (BoardView.Column column : board.columns()) {
      if (column.stage().equals(stage)) {
        return column.index();
      }
    }
    return -1;
  }

  /** Whether the card's stage has a stage after it that is not the last (Hired). */
  public boolean canStepOn(BoardView.Card card) {
    int index = indexOf(card.stage());
    return index >= 0 && index + 1 < board.columns().size() - 1;
  }

  public boolean canStepBack(BoardView.Card card) {
    return indexOf(card.stage()) > 0;
  }

  public List<CandidateSource> getSources() {
    return Arrays.asList(CandidateSource.values());
  }

  public BoardView getBoard() {
    return board;
  }

  public RequisitionView getRequisition() {
    return board.requisition();
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  public CandidateForm getCandidate() {
    return candidate;
  }

  public Long getDuplicateId() {
    return duplicateId;
  }

  public String getDuplicateText() {
    return duplicateText;
  }
}
