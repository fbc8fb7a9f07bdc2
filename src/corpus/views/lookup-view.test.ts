import { describe, expect, it } from 'vitest'
import { romanizePlace } from './lookup-view'

describe('romanizePlace', () => {
  it('writes a place as English does: the stem in pinyin, the level in English', () => {
    expect(['平阳县', '莲都区', '温州市', '阿鲁科尔沁旗', '浙江省', '沁县'].map(romanizePlace)).toEqual([
      'Pingyang County', 'Liandu District', 'Wenzhou City', 'Alukeerqin Banner', 'Zhejiang Province', 'Qin County',
    ])
  })
})
