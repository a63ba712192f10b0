import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import {
  EQF_LEVELS,
  MODE_LABEL,
  PARTICIPATION_MODES,
  readPartnerIds,
  readProgrammeOutcomes,
  type FactsField,
} from '../../shared/programme/fields.ts';
import { factsFieldErrors } from '../../shared/programme/fieldErrors.ts';
import { fieldBinder, NumberField, PartnerPicker, SelectField, TextField } from './fieldInputs.tsx';
import { ProgrammeOutcomesEditor } from './OutcomeEditors.tsx';
import { useEditable, useProgrammeContext } from './ProgrammeContext.ts';

const EQF_OPTIONS = EQF_LEVELS.map((l) => [String(l), `EQF ${l}`] as const);

/** The programme facts edited in place: the data Annex I and recognition officers ask for. */
export function FactsView({ node, editor, updateAttributes }: ReactNodeViewProps) {
  const { partners } = useProgrammeContext();
  const disabled = !useEditable(editor);
  const a = node.attrs as Record<FactsField | 'id', string>;
  const errors = factsFieldErrors(a);
  const field = fieldBinder<FactsField>(a, errors, disabled, updateAttributes);
  return (
    <NodeViewWrapper className="pf-block pf-facts" data-block-id={a.id} data-testid="facts-block">
      <div className="pf-block-head" contentEditable={false}>
        <span className="pf-kind">Programme facts</span>
        <strong className="pf-block-title">{a.title || 'Untitled programme'}</strong>
      </div>
      <div className="pf-grid">
        <TextField {...field('title', 'Title')} wide />
        <TextField {...field('otherTitles', 'Titles in other languages')} wide placeholder="de: …; es: …" />
        <TextField {...field('programmeType', 'Programme type')} placeholder="e.g. short learning programme" />
        <NumberField {...field('totalEcts', 'Total ECTS')} min={0.5} step={0.5} />
        <NumberField {...field('minElectiveEcts', 'Minimum elective ECTS')} min={0} step={0.5} />
        <SelectField {...field('eqf', 'EQF level')} options={EQF_OPTIONS} />
        <TextField {...field('nqf', 'NQF level per partner country')} placeholder="NL 6; ES 2" />
        <TextField {...field('iscedField', 'ISCED-F field')} placeholder="e.g. 0613 Software development" />
        <PartnerPicker
          field="awardingBodies"
          label="Awarding body or bodies"
          value={readPartnerIds(a.awardingBodies)}
          partners={partners}
          disabled={disabled}
          errors={errors}
          onChange={(ids) => updateAttributes({ awardingBodies: JSON.stringify(ids) })}
        />
        <SelectField
          {...field('participation', 'Form of participation')}
          options={PARTICIPATION_MODES.map((m) => [m, MODE_LABEL[m]] as const)}
        />
        <TextField {...field('languages', 'Languages of instruction')} />
        <TextField {...field('assessmentLanguages', 'Languages of assessment')} />
        <TextField {...field('qualityAssurance', 'Type of quality assurance')} wide multiline />
        <TextField {...field('prerequisites', 'Prerequisites')} wide />
        <TextField {...field('gradingScheme', 'Grading scheme')} />
        <SelectField
          {...field('stackability', 'Stackability')}
          options={[
            ['stand-alone', 'Stand-alone'],
            ['stackable', 'Stackable'],
          ]}
        />
        <TextField {...field('stackableInto', 'Counts towards')} wide />
        <TextField {...field('learnerIdentification', 'Learner identification on the certificate')} wide />
        <TextField {...field('issuing', 'Issuing and date of issue')} wide />
        <TextField {...field('furtherInfo', 'Further information')} wide />
        <ProgrammeOutcomesEditor
          value={readProgrammeOutcomes(a.outcomes)}
          disabled={disabled}
          onChange={(v) => updateAttributes({ outcomes: JSON.stringify(v) })}
        />
      </div>
    </NodeViewWrapper>
  );
}
