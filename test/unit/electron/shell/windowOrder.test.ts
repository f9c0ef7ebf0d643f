import { describe, expect, it } from 'vitest'
import { WindowOrder } from '../../../../electron/shell/windowOrder'

describe('WindowOrder', () => {
  it.each([
    ['windows as they open', (o: WindowOrder) => { o.opened(1); o.opened(2) }, [2, 1]],
    ['a focus brings a window to the front', (o: WindowOrder) => { o.opened(1); o.opened(2); o.focused(1) }, [1, 2]],
    ['focusing the front window changes nothing', (o: WindowOrder) => { o.opened(1); o.opened(2); o.focused(2) }, [2, 1]],
    ['a closed window leaves', (o: WindowOrder) => { o.opened(1); o.opened(2); o.opened(3); o.closed(2) }, [3, 1]],
    ['closing a window never opened is harmless', (o: WindowOrder) => { o.opened(1); o.closed(5) }, [1]]
  ])('%s', (_case, events, recent) => {
    const order = new WindowOrder()
    events(order)
    expect(order.recent()).toEqual(recent)
  })
})
