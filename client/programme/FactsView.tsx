import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import {
  EQF_LEVELS,
  PARTICIPATION_MODES,
  STACKABILITY,
  readPartnerIds,
  readProgrammeOutcomes,
  type FactsField,
} from '../../shared/programme/fields.ts';
import { factsFieldErrors } from '../../shared/programme/fieldErrors.ts';
import { fieldBinder, NumberField, PartnerPicker, SelectField, TextField } from './fieldInputs.tsx';
import { ProgrammeOutcomesEditor } from './OutcomeEditors.tsx';
import { useEditable, useProgrammeContext } from './ProgrammeContext.ts';
import { modeLabel, programmeFieldLabel, stackabilityLabel } from '../../shared/i18n/content/programmeFields.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { useT } from '../i18n/useT.ts';

const EQF_OPTIONS = EQF_LEVELS.map((l) => [String(l), `EQF ${l}`] as const);

/** The programme facts edited in place: the data Annex I and recognition officers ask for. */
export function FactsView({ node, editor, updateAttributes }: ReactNodeViewProps) {
  const { partners } = useProgrammeContext();
  const t = useT();
  const { locale } = useLocale();
  const label = (f: FactsField) => programmeFieldLabel(f, locale);
  const disabled = !useEditable(editor);
  const a = node.attrs as Record<FactsField | 'id', string>;
  const errors = factsFieldErrors(a);
  const field = fieldBinder<FactsField>(a, errors, disabled, updateAttributes);
  return (
    <NodeViewWrapper className="pf-block pf-facts" data-block-id={a.id} data-testid="facts-block">
      <div className="pf-block-head" contentEditable={false}>
        <span className="pf-kind">{t('programme.facts.kind')}</span>
        <strong className="pf-block-title">{a.title || t('programme.facts.untitled')}</strong>
      </div>
      <div className="pf-grid">
        <TextField {...field('title', label('title'))} wide />
        <TextField {...field('otherTitles', label('otherTitles'))} wide placeholder="de: …; es: …" />
        <TextField {...field('programmeType', label('programmeType'))} placeholder={t('programme.placeholder.programmeType')} />
        <NumberField {...field('totalEcts', label('totalEcts'))} min={0.5} step={0.5} />
        <NumberField {...field('minElectiveEcts', label('minElectiveEcts'))} min={0} step={0.5} />
        <SelectField {...field('eqf', label('eqf'))} options={EQF_OPTIONS} />
        <TextField {...field('nqf', label('nqf'))} placeholder="NL 6; ES 2" />
        <TextField {...field('iscedField', label('iscedField'))} placeholder={t('programme.placeholder.iscedField')} />
        <PartnerPicker
          field="awardingBodies"
          label={label('awardingBodies')}
          value={readPartnerIds(a.awardingBodies)}
          partners={partners}
          disabled={disabled}
          errors={errors}
          onChange={(ids) => updateAttributes({ awardingBodies: JSON.stringify(ids) })}
        />
        <SelectField
          {...field('participation', label('participation'))}
          options={PARTICIPATION_MODES.map((m) => [m, modeLabel(m, locale)] as const)}
        />
        <TextField {...field('languages', label('languages'))} />
        <TextField {...field('assessmentLanguages', label('assessmentLanguages'))} />
        <TextField {...field('qualityAssurance', label('qualityAssurance'))} wide multiline />
        <TextField {...field('prerequisites', label('prerequisites'))} wide />
        <TextField {...field('gradingScheme', label('gradingScheme'))} />
        <SelectField
          {...field('stackability', label('stackability'))}
          options={STACKABILITY.map((s) => [s, stackabilityLabel(s, locale)] as const)}
        />
        <TextField {...field('stackableInto', label('stackableInto'))} wide />
        <TextField {...field('learnerIdentification', label('learnerIdentification'))} wide />
        <TextField {...field('issuing', label('issuing'))} wide />
        <TextField {...field('furtherInfo', label('furtherInfo'))} wide />
        <ProgrammeOutcomesEditor
          value={readProgrammeOutcomes(a.outcomes)}
          disabled={disabled}
          onChange={(v) => updateAttributes({ outcomes: JSON.stringify(v) })}
        />
      </div>
    </NodeViewWrapper>
  );
}
