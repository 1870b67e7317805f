import {
  actorRoles,
  isEditableStatus,
  mergeReports,
  statusNames,
  type MergeChoices,
  type Finding,
  type Report,
  type ReportStatus,
} from '@nianbao/schema';
import {
  apiClient,
  ApiError,
  call,
  reportOf,
  type Comparison,
  type ReportResource,
  type Revision,
  type User,
} from '$lib/api/api-client';
import { Autosave } from './autosave.svelte';
import { glossary } from '$lib/glossary';
import { CellEntry } from './cell-entry.svelte';
import { watchCompositions } from './composition';
import { clearDraft, leftoverDraft, readDraft, type LocalDraft } from './local-draft';
import { findingsOnPublishing } from './publish-findings';
import { ReportEditor } from './report-editor.svelte';
import { actionsFor, latestReturn, type WorkflowAction } from './workflow-actions';

const api = apiClient().api;

/** Everything the report page does: editing, saving, recovery, workflow, PDF and history. */
export class ReportPage {
  readonly id: string;
  readonly user: User;
  readonly editor: ReportEditor;
  readonly autosave: Autosave;
  readonly entry: CellEntry;
  status = $state<ReportStatus>('draft');
  /** A local draft from an earlier visit that the server does not have. */
  recovered = $state<LocalDraft>();
  busy = $state<string>();
  message = $state<{ readonly kind: 'info' | 'error'; readonly text: string }>();
  revisions = $state<readonly Revision[]>();
  /** Why a reviewer returned the report, shown while it is returned. */
  returnNote = $state<Revision>();
  /** The differences between two revisions the user asked to see. */
  comparison = $state<Comparison>();
  /** The step waiting for its confirmation (and note, and date) before it is sent. */
  asking = $state<WorkflowAction>();
  /** The published report this one corrects, and why; null on an original. */
  readonly correctsId: string | null;
  readonly correctionReason: string | null;
  /** The published correction of this report, once there is one. */
  readonly correctedById: string | null;

  readonly actions = $derived.by<WorkflowAction[]>(() => actionsFor(this.user.role, this.status));

  constructor(
    resource: ReportResource,
    options: { user: User; previous?: Report; storage: Storage },
  ) {
    this.id = resource.id;
    this.user = options.user;
    this.status = resource.status;
    this.correctsId = resource.correctsId;
    this.correctionReason = resource.correctionReason;
    this.correctedById = resource.correctedById;
    const canEdit = this.mayEdit(resource.status);
    this.editor = new ReportEditor(reportOf(resource), {
      ...(options.previous ? { previous: options.previous } : {}),
      isEditable: canEdit,
    });
    this.autosave = new Autosave({
      reportId: resource.id,
      version: resource.version,
      base: reportOf(resource),
      read: () => this.editor.computed,
      storage: options.storage,
      onMerged: (merged, sent) => {
        this.adoptMerged(merged, sent);
      },
      onLocked: () => void this.locked(options.storage),
      ...(typeof document === 'undefined' ? {} : { isComposing: watchCompositions(document) }),
    });
    this.entry = new CellEntry(this.editor);
    this.recovered = leftoverDraft(options.storage, resource.id, this.editor.computed);
    void this.loadRulePack();
  }

  /** The agency's rule pack: the findings then leave out warnings the deployment switched off. */
  private async loadRulePack(): Promise<void> {
    try {
      const pack = await call(api.reports[':id']['rule-pack'].$get({ param: { id: this.id } }));
      this.editor.pack = {
        rules: pack.rules,
        ...(pack.deadline === undefined ? {} : { deadline: pack.deadline }),
      };
    } catch {
      // Without it the page checks every rule, as the CLI does without --config.
    }
  }

  /** Shows the saved merge of others' changes, with whatever was typed while it was made. */
  private adoptMerged(merged: Report, sent: Report): void {
    this.editor.adopt(
      mergeReports({ base: sent, mine: this.editor.computed, theirs: merged }).report,
    );
    this.message = { kind: 'info', text: '已合并他人的修改' };
  }

  /** Saves the user's choice for every clash, with every change that did not clash. */
  settleClashes(choices: MergeChoices): void {
    const clash = this.autosave.conflict;
    if (!clash) return;
    const { base } = this.autosave;
    const mine = this.editor.computed;
    this.editor.adopt(mergeReports({ base, mine, theirs: clash.theirs, choices }).report);
    this.autosave.settled(clash);
    this.message = { kind: 'info', text: '已合并他人的修改' };
  }

  /** The report was locked elsewhere: show it read-only; the local copy is offered as a file. */
  private async locked(storage: Storage): Promise<void> {
    try {
      const fresh = await call(api.reports[':id'].$get({ param: { id: this.id } }));
      this.status = fresh.status;
      this.editor.isEditable = this.mayEdit(fresh.status);
      this.editor.replace(reportOf(fresh), { isChange: false });
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.editor.isEditable = false;
    }
    this.recovered = readDraft(storage, this.id);
  }

  /** Whether this user may change the report's content while it is in this status. */
  private mayEdit(status: ReportStatus): boolean {
    return actorRoles.editor.includes(this.user.role) && isEditableStatus(status);
  }

  /** Puts the recovered draft back into the editor; it is then saved like any change. */
  restoreDraft(): void {
    if (!this.recovered || !this.editor.isEditable) return;
    this.editor.replace(this.recovered.report as Report, { isChange: true });
    this.recovered = undefined;
  }

  discardDraft(storage: Storage): void {
    clearDraft(storage, this.id);
    this.recovered = undefined;
  }

  /** Asks before a workflow step: it waits in `asking` until `run` is confirmed. */
  start(action: WorkflowAction): void {
    this.asking = action;
  }

  /** What publishing on this date would add to the findings (e.g. that it is late). */
  findingsOnPublishing(publishedOn: string): Finding[] {
    return findingsOnPublishing(this.editor.computed, {
      publishedOn,
      previous: this.editor.previous,
    });
  }

  /** Takes a confirmed workflow step, with its note and (发布) its date. */
  async run(
    action: WorkflowAction,
    step: { comment?: string; publishedOn?: string } = {},
  ): Promise<void> {
    this.asking = undefined;
    this.busy = action.label;
    this.message = undefined;
    const wasEditable = this.editor.isEditable;
    // A cell typed into while the step is sent would miss the stored report: cells wait.
    this.editor.isEditable = false;
    try {
      if (action.savesFirst && !(await this.autosave.flush()))
        throw new ApiError(0, '报告尚未保存，请稍后再试');
      const moved = await call(
        api.reports[':id'][action.action].$post({
          param: { id: this.id },
          header: { 'if-match': `"${this.autosave.version}"` },
          json: step,
        }),
      );
      this.status = moved.status;
      this.autosave.moved(moved.version);
      this.editor.isEditable = this.mayEdit(moved.status);
      this.message = { kind: 'info', text: `报告${statusNames[moved.status]}` };
      if (this.revisions) await this.loadRevisions();
      await this.loadReturnNote();
    } catch (error) {
      this.editor.isEditable = wasEditable;
      if (!(error instanceof ApiError)) throw error;
      this.message = { kind: 'error', text: `${action.label}失败：${error.detail}` };
    } finally {
      this.busy = undefined;
    }
  }

  /** The PDF of the saved report; a report with errors gets a marked preview. */
  async pdfUrl(): Promise<string> {
    if (!(await this.autosave.flush())) {
      this.message = { kind: 'error', text: '报告尚未保存，PDF 将按服务器上已保存的内容生成' };
    }
    const force = this.editor.errorCount > 0 ? '?force=true' : '';
    return `/api/reports/${this.id}/pdf${force}`;
  }

  /** True when this user may start a correction of this (published) report. */
  get canCorrect(): boolean {
    return this.status === 'published' && actorRoles.editor.includes(this.user.role);
  }

  /** True when this user may delete this report: a draft, by its editors. */
  get canDelete(): boolean {
    return this.status === 'draft' && actorRoles.editor.includes(this.user.role);
  }

  /** Deletes the draft (its history stays on the server); true when it is gone. */
  async deleteDraft(storage: Storage): Promise<boolean> {
    try {
      await this.autosave.flush();
      await call(
        api.reports[':id'].$delete({
          param: { id: this.id },
          header: { 'if-match': `"${this.autosave.version}"` },
        }),
      );
      this.autosave.stop();
      clearDraft(storage, this.id);
      return true;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.message = { kind: 'error', text: `删除失败：${error.detail}` };
      return false;
    }
  }

  /** Starts a correction of a published report, saying why; resolves to the new draft's id. */
  async correct(reason: string): Promise<string | undefined> {
    try {
      return (
        await call(
          api.reports[':id'].corrections.$post({ param: { id: this.id }, json: { reason } }),
        )
      ).id;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.body.existingId) return error.body.existingId;
      this.message = { kind: 'error', text: `无法${glossary.newCorrection}：${error.detail}` };
      return undefined;
    }
  }

  /** While the report is returned, the reviewer's note saying why; otherwise none. */
  async loadReturnNote(): Promise<void> {
    if (this.status !== 'returned') {
      this.returnNote = undefined;
      return;
    }
    try {
      // The open history already holds them, oldest last; otherwise ask once.
      const revisions =
        this.revisions?.toReversed() ??
        (await call(api.reports[':id'].revisions.$get({ param: { id: this.id } })));
      this.returnNote = latestReturn(revisions);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.message = { kind: 'error', text: `无法读取退回意见：${error.detail}` };
    }
  }

  /** Loads what changed from revision `from` to revision `to` into `comparison`. */
  async compare(from: number, to: number): Promise<void> {
    try {
      const query = { from: String(from), to: String(to) };
      this.comparison = await call(
        api.reports[':id'].compare.$get({ param: { id: this.id }, query }),
      );
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.message = { kind: 'error', text: `无法比较修订：${error.detail}` };
    }
  }

  async loadRevisions(): Promise<void> {
    try {
      this.revisions = (
        await call(api.reports[':id'].revisions.$get({ param: { id: this.id } }))
      ).toReversed();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      this.message = { kind: 'error', text: `无法读取修订历史：${error.detail}` };
    }
  }
}
