/** Facts SPEC §2 states, which tests check the seed and the routes against (not derived from the seed). */

/** The 13 county-level service regions of 泉州市, in the order SPEC §2 lists them. */
export const SERVICE_REGION_NAMES = [
  '鲤城区',
  '丰泽区',
  '洛江区',
  '泉港区',
  '石狮市',
  '晋江市',
  '南安市',
  '惠安县',
  '安溪县',
  '永春县',
  '德化县',
  '泉州台商投资区',
  '泉州经济技术开发区',
]
