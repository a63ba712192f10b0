import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import {
  ASSESSMENT_TYPES,
  EQF_LEVELS,
  ID_VERIFICATIONS,
  PARTICIPATION_MODES,
  UNIT_KINDS,
  UNIT_ORIGINS,
  readPartnerIds,
  readUnitOutcomes,
  type UnitField,
} from '../../shared/programme/fields.ts';
import { unitFieldErrors } from '../../shared/programme/fieldErrors.ts';
import { fieldBinder, NumberField, PartnerPicker, SelectField, TextField } from './fieldInputs.tsx';
import { UnitOutcomesEditor } from './OutcomeEditors.tsx';
import { useEditable, useProgrammeContext } from './ProgrammeContext.ts';
import {
  assessmentLabel,
  idVerificationLabel,
  modeLabel,
  programmeFieldLabel,
  unitKindLabel,
  unitOriginLabel,
} from '../../shared/i18n/content/programmeFields.ts';
import type { Locale } from '../../shared/i18n/locales.ts';
import { useLocale } from '../i18n/I18nProvider.tsx';
import { useT } from '../i18n/useT.ts';

const options = <T extends string>(list: readonly T[], label: (v: T, locale: Locale) => string, locale: Locale) =>
  list.map((v) => [v, label(v, locale)] as const);
const EQF_OPTIONS = EQF_LEVELS.map((l) => [String(l), `EQF ${l}`] as const);

/** A curriculum unit edited in place; every change writes only the field that changed. */
export function UnitView({ node, editor, updateAttributes }: ReactNodeViewProps) {
  const { partners, programmeOutcomes } = useProgrammeContext();
  const t = useT();
  const { locale } = useLocale();
  const label = (f: UnitField) => programmeFieldLabel(f, locale);
  const disabled = !useEditable(editor);
  const a = node.attrs as Record<UnitField | 'id', string>;
  const errors = unitFieldErrors(a);
  const field = fieldBinder<UnitField>(a, errors, disabled, updateAttributes);
  return (
    <NodeViewWrapper className="pf-block pf-unit" data-block-id={a.id} data-testid="unit-block">
      <div className="pf-block-head" contentEditable={false}>
        <span className="pf-kind">{t('programme.unit.kind')}</span>
        <strong className="pf-block-title">{a.title || t('programme.unit.untitled')}</strong>
        {a.ects && <span className="pf-badge">{a.ects} ECTS</span>}
      </div>
      <div className="pf-grid">
        <TextField {...field('title', label('title'))} wide />
        <TextField {...field('code', label('code'))} />
        <NumberField {...field('ects', label('ects'))} min={0.5} step={0.5} />
        <NumberField {...field('hours', label('hours'))} min={1} />
        <SelectField {...field('eqf', label('eqf'))} options={EQF_OPTIONS} />
        <SelectField {...field('kind', label('kind'))} options={options(UNIT_KINDS, unitKindLabel, locale)} />
        <SelectField {...field('origin', label('origin'))} options={options(UNIT_ORIGINS, unitOriginLabel, locale)} />
        <PartnerPicker
          field="partners"
          label={label('partners')}
          value={readPartnerIds(a.partners)}
          partners={partners}
          disabled={disabled}
          errors={errors}
          onChange={(ids) => updateAttributes({ partners: JSON.stringify(ids) })}
        />
        <SelectField {...field('assessment', label('assessment'))} options={options(ASSESSMENT_TYPES, assessmentLabel, locale)} />
        <SelectField
          {...field('idVerification', label('idVerification'))}
          options={options(ID_VERIFICATIONS, idVerificationLabel, locale)}
        />
        <SelectField {...field('mode', label('mode'))} options={options(PARTICIPATION_MODES, modeLabel, locale)} />
        <TextField {...field('language', label('language'))} />
        <TextField {...field('period', label('period'))} placeholder={t('programme.placeholder.period')} />
        <TextField {...field('iscedField', label('iscedField'))} placeholder={t('programme.placeholder.unitIsced')} />
        <TextField {...field('nqf', label('nqf'))} wide placeholder={t('programme.placeholder.unitNqf')} />
        <TextField {...field('otherTitles', label('otherTitles'))} wide placeholder="de: …; es: …" />
        <TextField {...field('prerequisites', label('prerequisites'))} wide />
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
