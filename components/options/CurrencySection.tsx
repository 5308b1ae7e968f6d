import { useState } from 'react';
import { DEFAULT_RATES } from '@/lib/currency/rates';
import { optionsText } from '@/lib/i18n/options-messages';
import { type RateRow, rowsFromTable, tableFromRows } from '@/lib/ui/rates-form';
import type { SectionProps } from './OptionsApp';

/** The display currency and the dated, editable rate table. */
export function CurrencySection({ lang, settings, save }: SectionProps) {
  const text = optionsText(lang);
  const table = settings.rates ?? DEFAULT_RATES;
  const [asOf, setAsOf] = useState(table.asOf);
  const [rows, setRows] = useState<RateRow[]>(() => rowsFromTable(table));
  const [invalid, setInvalid] = useState<string[]>([]);
  const codes = [
    table.base,
    ...Object.keys(table.rates)
      .filter((code) => code !== table.base)
      .sort(),
  ];

  const setRow = (index: number, change: Partial<RateRow>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));

  const saveRates = async () => {
    const result = tableFromRows(asOf, table.base, rows);
    if (!result.ok) {
      setInvalid(result.invalid);
      return;
    }
    setInvalid([]);
    const displayCurrency =
      settings.displayCurrency && settings.displayCurrency in result.table.rates
        ? settings.displayCurrency
        : null;
    await save({ rates: result.table, displayCurrency });
  };

  const resetRates = async () => {
    setAsOf(DEFAULT_RATES.asOf);
    setRows(rowsFromTable(DEFAULT_RATES));
    setInvalid([]);
    await save({ rates: null });
  };

  return (
    <section aria-labelledby="currency-title">
      <h2 id="currency-title">{text.currencyTitle}</h2>
      <label className="field">
        <span>{text.displayCurrency}</span>
        <select
          name="display-currency"
          value={settings.displayCurrency ?? ''}
          onChange={(event) => void save({ displayCurrency: event.target.value || null })}
        >
          <option value="">{text.ownCurrency}</option>
          {codes.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      </label>
      <h3>{text.ratesTitle}</h3>
      <p className="help">
        {settings.rates ? text.ratesCustom(table.asOf) : text.ratesBundled(table.asOf)}.{' '}
        {text.ratesHelp(table.base)}
      </p>
      <label className="field">
        <span>{text.ratesAsOf}</span>
        <input
          type="date"
          name="rates-as-of"
          value={asOf}
          onChange={(event) => setAsOf(event.target.value)}
        />
      </label>
      <table className="rates">
        <thead>
          <tr>
            <th scope="col">{text.colCurrency}</th>
            <th scope="col">{text.colRate(table.base)}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            // Rows have no identity but their position while being edited.
            // biome-ignore lint/suspicious/noArrayIndexKey: a row's code is what the user is editing
            <tr key={index}>
              <td>
                <input
                  className="code"
                  aria-label={text.colCurrency}
                  value={row.code}
                  maxLength={3}
                  onChange={(event) => setRow(index, { code: event.target.value.toUpperCase() })}
                />
              </td>
              <td>
                <input
                  className="rate"
                  inputMode="decimal"
                  aria-label={`${row.code} ${text.colRate(table.base)}`}
                  value={row.rate}
                  onChange={(event) => setRow(index, { rate: event.target.value })}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="remove"
                  aria-label={text.removeRate(row.code)}
                  onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {invalid.length > 0 ? (
        <ul className="error" role="alert">
          {invalid.map((line) => (
            <li key={line}>{text.rateInvalid(line)}</li>
          ))}
        </ul>
      ) : null}
      <div className="buttons">
        <button type="button" onClick={() => setRows((current) => [...current, { code: '', rate: '' }])}>
          {text.addRate}
        </button>
        <button type="button" className="primary" onClick={() => void saveRates()}>
          {text.saveRates}
        </button>
        <button type="button" onClick={() => void resetRates()}>
          {text.resetRates}
        </button>
      </div>
    </section>
  );
}
