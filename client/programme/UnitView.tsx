import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import {
  ASSESSMENT_LABEL,
  ASSESSMENT_TYPES,
  EQF_LEVELS,
  ID_VERIFICATION_LABEL,
  ID_VERIFICATIONS,
  MODE_LABEL,
  PARTICIPATION_MODES,
  readPartnerIds,
  readUnitOutcomes,
  type UnitField,
} from '../../shared/programme/fields.ts';
import { unitFieldErrors } from '../../shared/programme/fieldErrors.ts';
import { fieldBinder, NumberField, PartnerPicker, SelectField, TextField } from './fieldInputs.tsx';
import { UnitOutcomesEditor } from './OutcomeEditors.tsx';
import { useEditable, useProgrammeContext } from './ProgrammeContext.ts';

const options = <T extends string>(list: readonly T[], label: Record<T, string>) => list.map((v) => [v, label[v]] as const);
const EQF_OPTIONS = EQF_LEVELS.map((l) => [String(l), `EQF ${l}`] as const);

/** A curriculum unit edited in place; every change writes only the field that changed. */
export function UnitView({ node, editor, updateAttributes }: ReactNodeViewProps) {
  const { partners, programmeOutcomes } = useProgrammeContext();
  const disabled = !useEditable(editor);
  const a = node.attrs as Record<UnitField | 'id', string>;
  const errors = unitFieldErrors(a);
  const field = fieldBinder<UnitField>(a, errors, disabled, updateAttributes);
  return (
    <NodeViewWrapper className="pf-block pf-unit" data-block-id={a.id} data-testid="unit-block">
      <div className="pf-block-head" contentEditable={false}>
        <span className="pf-kind">Unit</span>
        <strong className="pf-block-title">{a.title || 'Untitled unit'}</strong>
        {a.ects && <span className="pf-badge">{a.ects} ECTS</span>}
      </div>
      <div className="pf-grid">
        <TextField {...field('title', 'Title')} wide />
        <TextField {...field('code', 'Code')} />
        <NumberField {...field('ects', 'ECTS')} min={0.5} step={0.5} />
        <NumberField {...field('hours', 'Notional hours')} min={1} />
        <SelectField {...field('eqf', 'EQF level')} options={EQF_OPTIONS} />
        <SelectField
          {...field('kind', 'Compulsory or elective')}
          options={[
            ['compulsory', 'Compulsory'],
            ['elective', 'Elective'],
          ]}
        />
        <SelectField
          {...field('origin', 'Existing course or new')}
          options={[
            ['existing', 'Existing course'],
            ['new', 'New'],
          ]}
        />
        <PartnerPicker
          field="partners"
          label="Delivered by"
          value={readPartnerIds(a.partners)}
          partners={partners}
          disabled={disabled}
          errors={errors}
          onChange={(ids) => updateAttributes({ partners: JSON.stringify(ids) })}
        />
        <SelectField {...field('assessment', 'Assessment')} options={options(ASSESSMENT_TYPES, ASSESSMENT_LABEL)} />
        <SelectField
          {...field('idVerification', 'Identity verification at assessment')}
          options={options(ID_VERIFICATIONS, ID_VERIFICATION_LABEL)}
        />
        <SelectField {...field('mode', 'Mode')} options={options(PARTICIPATION_MODES, MODE_LABEL)} />
        <TextField {...field('language', 'Language')} />
        <TextField {...field('period', 'Period')} placeholder="e.g. Sep–Nov 2027" />
        <TextField {...field('prerequisites', 'Prerequisites')} wide />
        <UnitOutcomesEditor
          value={readUnitOutcomes(a.outcomes)}
          programmeOutcomes={programmeOutcomes}
          disabled={disabled}
          onChange={(v) => updateAttributes({ outcomes: JSON.stringify(v) })}
        />
      </div>
    </NodeViewWrapper>
  );
}
